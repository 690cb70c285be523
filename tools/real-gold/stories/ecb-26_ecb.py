from gold import Story
S = Story('ecb-26_ecb', 'dev2', 'ecbplus', ['26_2ecb', '26_7ecb', '26_8ecb', '26_9ecb'], group='26_ecb')
A, B, C, D = S.articles
m = S.m
b_age = m('b_age', B, 'Gaetano Lo Presti, 52,', 52, 'age', '52', noun='age')
d_age = m('d_age', D, 'Gaetano Lo Presti, 52,', 52, 'age', '52', noun='age')
c_arr = m('c_arr', C, 'in which 89 people were arrested', 89, 'arrested', '89', noun='people were arrested', source='Ansa')
d_arr = m('d_arr', D, 'almost 100 people suspected', 100, 'arrested', '100', bound='about', noun='people suspected')

S.track('arrested', [([c_arr], None), ([d_arr], 'contradiction')])
S.write()
