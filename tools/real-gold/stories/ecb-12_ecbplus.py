from gold import Story
S = Story('ecb-12_ecbplus', 'dev2', 'ecbplus', ['12_1ecbplus', '12_4ecbplus', '12_6ecbplus', '12_9ecbplus'], group='12_ecbplus')
A, B, C, D = S.articles
m = S.m
a_arr = m('a_arr', A, 'apprehending 26 Somali pirates', 26, 'arrested', '26', noun='Somali pirates')
a_arr2 = m('a_arr2', A, 'nabbed 26 Somali pirates', 26, 'arrested', '26', noun='Somali pirates')
a_tr = m('a_tr', A, 'nearly $100 billion worth', 100e9, 'money', '$100 billion', bound='about', noun="worth India's external trade", scope="India's trade through the sea lane per year", source='Captain Nambiar')
b_arr = m('b_arr', B, 'captures 26 Somali pirates', 26, 'arrested', '26', noun='Somali pirates')
b_arr2 = m('b_arr2', B, 'capturing 26 Somani brigands', 26, 'arrested', '26', noun='Somani brigands')
b_ab = m('b_ab', B, 'a total of 26 Somali crew on board', 26, 'aboard', '26', noun='Somali crew on board', scope='pirate boats intercepted', source='the officer')
c_ab = m('c_ab', C, 'a total of 26 Somali crew onboard', 26, 'aboard', '26', noun='Somali crew onboard', scope='pirate boats intercepted')
c_tr = m('c_tr', C, 'over a hundred Billion Dollars', 100e9, 'money', 'a hundred Billion Dollars', bound='moreThan', noun="of India's external trade", scope="India's trade through the sea lane per year")
d_ab = m('d_ab', D, 'a total of 26 Somali crew onboard', 26, 'aboard', '26', noun='Somali crew onboard', scope='pirate boats intercepted')
d_tr = m('d_tr', D, 'over a hundred Billion Dollars', 100e9, 'money', 'a hundred Billion Dollars', bound='moreThan', noun="of India's external trade", scope="India's trade through the sea lane per year")

S.track('arrested', [([a_arr, a_arr2, b_arr, b_arr2], None)])
S.track('aboard', [([b_ab, c_ab, d_ab], None)])
S.track('trade', [([a_tr, c_tr, d_tr], None)])
S.write()
