from gold import Story
S = Story('ecb-14_ecbplus', 'dev2', 'ecbplus', ['14_1ecbplus', '14_2ecbplus', '14_3ecbplus', '14_8ecbplus'], group='14_ecbplus')
A, B, C, D = S.articles
m = S.m
a_i = m('a_i', A, 'no - one has been hurt', 0, 'injured', 'no - one', noun='hurt', source='A spokesman for Waitrose', implicit=True)
b_age = m('b_age', B, 'Robert Pitman, 24,', 24, 'age', '24', noun='age')
c_age = m('c_age', C, 'Robert Pitman, 24,', 24, 'age', '24', noun='age')
c_i = m('c_i', C, 'No - one was injured', 0, 'injured', 'No - one', noun='injured', implicit=True)
d_i = m('d_i', D, 'no one was hurt', 0, 'injured', 'no one', noun='hurt', source='A spokesperson from Waitrose', implicit=True)

S.track('injured', [([a_i, c_i, d_i], None)])
S.write()
