from gold import Story
S = Story('ecb-42_ecb', 'test', 'ecbplus', ['42_1ecb', '42_2ecb', '42_6ecb', '42_11ecb'], group='42_ecb')
A, B, C, D = S.articles
m = S.m
b_pr = m('b_pr', B, 'prices ranging from $500 to $550', 500, 'money', '$500 to $550', bound='range', value_max=550, noun='prices', scope='internet price in Canada')
d_five = m('d_five', D, 'calling to five people', 5, 'people', 'five', noun='people')
a_acc = m('a_acc', A, 'up to 10 accounts', 10, 'other', '10', bound='upTo', noun='accounts')
S.pair(S.sent(A, 'T-Mobile said the new Curve will be available'), S.sent(C, 'U.S. mobile operator T-Mobile has officially'), 'same', 'available in February')
S.pair(S.sent(B, 'The new hybrid, quad-band Curve'), S.sent(D, 'It will be the thinnest and lightest'), 'same')
S.pair(S.sent(A, 'Users will not have to worry'), S.sent(B, 'The new Curve also comes with support'), 'same', 'cards up to 16 GB')
S.pair(S.sent(B, 'In addition, the device has a 3.2'), S.sent(D, 'It will include a microSD card slot'), 'same', 'bundled 256 MB card')
S.pair(S.sent(A, 'The handset should be able to multitask'), S.sent(B, 'The device also comes with a 512MHz'), 'same', '512 MHz processor')
S.pair(S.sent(C, 'According to RIM, the unit offers'), S.sent(D, 'This smartphone will also have a 512'), 'different', 'talk time vs processor and battery')
S.event('Curve available', A, 'will be available in February', 'XXXX-02', 'in February')
S.event('Curve available', B, 'Curve 8900 in February', 'XXXX-02', 'in February')
S.event('Curve available', C, 'smartphone this February', 'XXXX-02', 'this February')
S.event('Curve debut rumoured', D, 'as early as Feb. 11', 'XXXX-02-11', 'Feb. 11')
S.write()
