from gold import Story
S = Story('ecb-14_ecb', 'dev', 'ecbplus', ['14_2ecb', '14_5ecb', '14_6ecb', '14_9ecb'], group='14_ecb')
A, B, C, D = S.articles
m = S.m
a_ff = m('a_ff', A, 'More than 50 firefighters', 50, 'people', '50', bound='moreThan', noun='firefighters', scope='firefighters')
a_en = m('a_en', A, 'with 10 fire engines', 10, 'other', '10', noun='fire engines', scope='fire engines')
b_en = m('b_en', B, 'Ten fire engines were', 10, 'other', 'Ten', noun='fire engines', scope='fire engines')
b_en2 = m('b_en2', B, 'Around 10 fire service pumps', 10, 'other', '10', bound='about', noun='fire service pumps', scope='fire engines', source='Surrey Police')
b_i = m('b_i', B, 'No one is believed to be injured', 0, 'injured', 'No one', noun='injured', implicit=True, source='Surrey Police')
c_ev = m('c_ev', C, 'Around 60 people spent the evening', 60, 'evacuated', '60', bound='about', noun='people evacuated from their homes')
d_i = m('d_i', D, 'No-one is believed to have been injured', 0, 'injured', 'No-one', noun='injured', implicit=True)
d_ff = m('d_ff', D, 'more than 50 firefighters', 50, 'people', '50', bound='moreThan', noun='firefighters', scope='firefighters')
S.track('firefighters', [([a_ff, d_ff], None)])
S.track('injured', [([b_i, d_i], None)])
S.track('engines', [([a_en, b_en, b_en2], None)])

S.pair(S.sent(A, 'A Surrey Police spokeswoman said'), S.sent(B, '"The fire has progressed rapidly'), 'same', 'one police statement')
S.pair(S.sent(D, 'No-one is believed to have been'), S.sent(B, 'No one is believed to be injured'), 'same')
S.pair(S.sent(C, 'Around 60 people spent'), S.sent(D, 'Police claim that local residents'), 'same', 'residents evacuated')
S.pair(S.sent(B, '"Police were alerted to a fire'), S.sent(C, 'They were initially sent to Banstead'), 'different', 'alerted 8.49pm vs broke out 8.40pm')
S.write()
