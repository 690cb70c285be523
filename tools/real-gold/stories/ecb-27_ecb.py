from gold import Story
S = Story('ecb-27_ecb', 'dev2', 'ecbplus', ['27_2ecb', '27_7ecb', '27_11ecb', '27_16ecb'], group='27_ecb')
A, B, C, D = S.articles
m = S.m
# A: the day the patch came out, figure as of Saturday; B, C: the same day or after, citing Trend Micro
a_web = m('a_web', A, 'at least 6,000 Web sites', 6000, 'other', '6,000', bound='atLeast', noun='Web sites had been infected', scope='websites infected', as_of='Saturday')
b_usr = m('b_usr', B, 'over 2m Windows users', 2e6, 'affected', '2m', bound='moreThan', noun='Windows users attacked', source='Microsoft')
b_web = m('b_web', B, 'as many as 10,000 websites', 10000, 'other', '10,000', bound='upTo', noun='websites infected', scope='websites infected')
b_shr = m('b_shr', B, 'nearly three quarters of the market', 75, 'percent', 'three quarters', bound='about', noun='of the market share', scope='Internet Explorer market share')
b_gr = m('b_gr', B, 'a rate of 50% daily', 50, 'percent', '50%', noun='daily increase in victims', scope='daily growth of victims')
c_web = m('c_web', C, 'about 10,000 websites', 10000, 'other', '10,000', bound='about', noun='websites that have been infected', scope='websites infected', source='Trend Micro')
c_shr = m('c_shr', C, "nearly three-quarters of the world's", 75, 'percent', 'three-quarters', bound='about', noun="of the world's computers", scope='Internet Explorer market share')

S.track('websites', [([a_web], None), ([c_web, b_web], 'update')])
S.track('share', [([b_shr, c_shr], None)])
S.track('growth', [([b_gr], None)])
S.track('users', [([b_usr], None)])
S.write()
