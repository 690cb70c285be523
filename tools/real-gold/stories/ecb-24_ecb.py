from gold import Story
S = Story('ecb-24_ecb', 'dev2', 'ecbplus', ['24_1ecb', '24_3ecb', '24_9ecb', '24_13ecb'], group='24_ecb')
A, B, C, D = S.articles
m = S.m
a_rob = m('a_rob', A, 'Four armed robbers', 4, 'people', 'Four', noun='armed robbers', scope='robbers')
a_drag = m('a_drag', A, 'two dressed as women', 2, 'people', 'two', noun='dressed as women', scope='robbers dressed as women')
a_usd = m('a_usd', A, '$137-million of diamonds', 137e6, 'money', '$137-million', noun='of diamonds and jewels', scope='value stolen')
b_eur = m('b_eur', B, '85 million euros ($108', 85e6, 'money', '85 million euros', noun='diamonds valued at', scope='value stolen', source="the city prosecutors' office")
b_usd = m('b_usd', B, '($108 million)', 108e6, 'money', '$108 million', noun='diamonds valued at', scope='value stolen', source="the city prosecutors' office")
c_rob = m('c_rob', C, 'four armed robbers', 4, 'people', 'four', noun='armed robbers', scope='robbers')
c_ft = m('c_ft', C, 'less than 330 feet from', 330, 'distance', '330 feet', bound='upTo', noun='from a police station', scope='store to police station')
d_eur = m('d_eur', D, '85 million euros (74', 85e6, 'money', '85 million euros', noun='gems worth', scope='value stolen')
d_gbp = m('d_gbp', D, '(74 million pounds)', 74e6, 'money', '74 million pounds', noun='gems worth', scope='value stolen')

S.track('stolen', [([b_eur, b_usd, d_eur, d_gbp], None), ([a_usd], 'contradiction')])
S.track('robbers', [([a_rob, c_rob], None)])
S.track('distance', [([c_ft], None)])
S.write()
