from gold import Story
S = Story('ecb-39_ecb', 'test', 'ecbplus', ['39_3ecb', '39_5ecb', '39_6ecb', '39_10ecb'], group='39_ecb')
A, B, C, D = S.articles
m = S.m
b_age = m('b_age', B, 'Smith, 26,', 26, 'age', '26', noun='age')
c_age = m('c_age', C, 'Matt Smith, 26,', 26, 'age', '26', noun='age')
d_ten = m('d_ten', D, 'the ten actors', 10, 'people', 'ten', noun='actors who played Doctor Who')
S.relay(B, 'Speaking to The Guardian', 'The Guardian', 'told')
S.pair(S.sent(C, 'Matt Smith, 26, will make'), S.sent(D, 'Smith will play the time lord'), 'same', 'Smith plays the Doctor from 2010')
S.pair(S.sent(B, 'Smith, 26, who played'), S.sent(C, 'Matt Smith, 26, will make'), 'different', 'political researcher role vs debut date')
S.pair(S.sent(C, 'Matt Smith, 26, will make'), S.sent(D, 'Matt Smith has time to come'), 'same', 'Tennant leaves at the end of the year')
S.event('Smith debut', C, 'make his debut in 2010', '2010', 'in 2010')
S.event('Tennant leaves', D, 'until the end of 2009', '2009', 'the end of 2009')
S.event('Smith debut', D, 'the time lord in 2010', '2010', 'in 2010')
S.write()
