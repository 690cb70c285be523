from gold import Story
S = Story('ecb-45_ecb', 'test', 'ecbplus', ['45_2ecb', '45_4ecb', '45_6ecb', '45_7ecb'], group='45_ecb')
A, B, C, D = S.articles
m = S.m
a_age = m('a_age', A, '23-year-old Laci', 23, 'age', '23', noun='year-old')
a_age2 = m('a_age2', A, '8-month-old unborn son', 8, 'age', '8', noun='month-old')
b_age = m('b_age', B, 'the 32-year-old Peterson', 32, 'age', '32', noun='year-old')
d_age = m('d_age', D, 'a 32-year-old fertilizer', 32, 'age', '32', noun='year-old')
S.pair(S.sent(A, 'On November 12, a jury'), S.sent(B, 'The jury convicted the 32'), 'same')
S.pair(S.sent(C, 'Peterson was convicted Nov. 12'), S.sent(B, 'The jury convicted the 32'), 'same')
S.pair(S.sent(D, 'A jury found Scott Peterson guilty'), S.sent(A, 'On November 12, a jury'), 'same')
S.pair(S.sent(C, "The case first captured"), S.sent(A, "Laci disappeared from the couple's"), 'same', 'Laci disappeared from the Modesto home')
S.pair(S.sent(B, "Laci Peterson's loved ones"), S.sent(C, 'Unlike on Nov. 12'), 'different', 'death asked for vs death recommended')
S.event('Peterson convicted', A, 'On November 12, a jury', 'XXXX-11-12', 'November 12')
S.event('Peterson convicted', B, 'Peterson on Nov. 12 of', 'XXXX-11-12', 'Nov. 12')
S.event('Laci disappears', C, 'the day before Christmas 2002', '2002-12-24')
S.event('Peterson convicted', C, 'Peterson was convicted Nov. 12', 'XXXX-11-12', 'Nov. 12')
S.write()
