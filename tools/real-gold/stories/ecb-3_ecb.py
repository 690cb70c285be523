from gold import Story
S = Story('ecb-3_ecb', 'dev2', 'ecbplus', ['3_2ecb', '3_7ecb', '3_8ecb', '3_9ecb'], group='3_ecb')
A, B, C, D = S.articles
m = S.m
a_age = m('a_age', A, 'the 37-year-old will', 37, 'age', '37-year-old', noun='year-old')
b_d = m('b_d', B, 'who killed four people', 4, 'deaths', 'four', noun='people')
b_age = m('b_age', B, 'Nichols, 37,', 37, 'age', '37', noun='age')
b_pol = m('b_pol', B, 'evade hundreds of police officers', 200, 'people', 'hundreds', bound='atLeast', noun='police officers', scope='police officers searching')
c_d = m('c_d', C, 'killing four people', 4, 'deaths', 'four', noun='people')
c_age = m('c_age', C, 'Nichols, 37, told', 37, 'age', '37', noun='age')
c_v9 = m('c_v9', C, 'with nine in favor', 9, 'votes', 'nine', noun='in favor', scope='jurors for the death sentence')
c_v3 = m('c_v3', C, 'and three against', 3, 'votes', 'three', noun='against', scope='jurors against the death sentence')
d_d = m('d_d', D, 'who killed four people', 4, 'deaths', 'four', noun='people')
d_age = m('d_age', D, 'Brian Nichols, 37,', 37, 'age', '37', noun='age')
d_v9 = m('d_v9', D, 'with nine in favor', 9, 'votes', 'nine', noun='in favor of the death penalty', scope='jurors for the death sentence')
d_v3 = m('d_v3', D, 'and three voting for life', 3, 'votes', 'three', noun='voting for life without parole', scope='jurors against the death sentence')
d_h3 = m('d_h3', D, 'the three holdouts', 3, 'votes', 'three', noun='holdouts', scope='jurors against the death sentence', source='jurors')
d_pol = m('d_pol', D, 'evade hundreds of police officers', 200, 'people', 'hundreds', bound='atLeast', noun='police officers', scope='police officers searching')

S.track('deaths', [([b_d, c_d, d_d], None)])
S.track('for', [([c_v9, d_v9], None)])
S.track('against', [([c_v3, d_v3, d_h3], None)])
S.track('police', [([b_pol, d_pol], None)])
S.write()
