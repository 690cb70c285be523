from gold import Story
S = Story('ecb-22_ecb', 'dev2', 'ecbplus', ['22_2ecb', '22_3ecb', '22_5ecb', '22_9ecb'], group='22_ecb')
A, B, C, D = S.articles
m = S.m
a_age = m('a_age', A, 'A 60-year-old woman', 60, 'age', '60-year-old', noun='year-old')
a_d = m('a_d', A, 'killing two young women', 2, 'deaths', 'two', noun='young women')
b_age = m('b_age', B, 'a 60-year-old, terminally', 60, 'age', '60-year-old', noun='year-old')
b_d = m('b_d', B, 'killings of two young women', 2, 'deaths', 'two', noun='young women')
c_age = m('c_age', C, 'announced 61-year-old Sharron', 61, 'age', '61-year-old', noun='year-old')
c_cnt = m('c_cnt', C, 'with two counts of first degree', 2, 'other', 'two', noun='counts of first degree murder', scope='murder counts')
d_age = m('d_age', D, 'age 61', 61, 'age', '61', noun='age')
d_cnt = m('d_cnt', D, 'with two counts of first-degree', 2, 'other', 'two', noun='counts of first-degree murder', scope='murder counts')

S.track('deaths', [([a_d, b_d], None)])
S.write()
