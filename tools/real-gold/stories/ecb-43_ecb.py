from gold import Story
S = Story('ecb-43_ecb', 'test', 'ecbplus', ['43_2ecb', '43_5ecb', '43_7ecb', '43_8ecb'], group='43_ecb')
A, B, C, D = S.articles
m = S.m
a_v = m('a_v', A, 'for $5.4 billion on Monday', 5.4e9, 'money', '$5.4 billion', noun='to buy', scope='deal value')
a_t = m('a_t', A, 'price target of $21', 21, 'money', '$21', noun='price target', scope='ATI price target')
a_p68 = m('a_p68', A, 'have 68% overall market share', 68, 'percent', '68', noun='market share', scope='ATI and Intel share')
a_p100 = m('a_p100', A, 'capture 100% of the discrete', 100, 'percent', '100', noun='of the discrete graphics market', scope='ATI and Nvidia share')
b_v = m('b_v', B, 'paying about $5.4 billion', 5.4e9, 'money', '$5.4 billion', bound='about', noun='paying', scope='deal value')
b_c = m('b_c', B, '$4.2 billion in cash', 4.2e9, 'money', '$4.2 billion', noun='in cash', scope='cash part of the deal')
b_sh = m('b_sh', B, '57 million shares', 57e6, 'other', '57 million', noun='shares of AMD stock')
b_x86 = m('b_x86', B, 'totals about $30 billion', 30e9, 'money', '$30 billion', bound='about', noun='sales of x86 processors', scope='x86 market')
b_seg = m('b_seg', B, 'totals about $13 billion', 13e9, 'money', '$13 billion', bound='about', noun='segment', scope='segment AMD addresses', source='Rivet')
b_rev = m('b_rev', B, 'about $300 million in revenue', 300e6, 'money', '$300 million', bound='about', noun='in revenue', scope='revenue per share point', source='Rivet')
c_ts = m('c_ts', C, 'closed at NT $53.8', 53.8, 'money', 'NT $53.8', noun='closed at', scope='TSMC share price')
c_tsu = m('c_tsu', C, 'up NT $0.9', 0.9, 'money', 'NT $0.9', noun='up', scope='TSMC share rise')
c_v = m('c_v', C, 'a US $5.4 billion deal', 5.4e9, 'money', 'US $5.4 billion', noun='deal', scope='deal value')
c_um = m('c_um', C, 'closed at NT $18', 18, 'money', 'NT $18', noun='closed at', scope='UMC share price')
c_pc = m('c_pc', C, 'lowered by 20 to 30 percent', 20, 'percent', '20 to 30', bound='range', value_max=30, noun='capacity utilization lowered', scope='TSMC capacity utilization', source='some analysts')
c_via = m('c_via', C, 'close at NT $24.05', 24.05, 'money', 'NT $24.05', noun='close at', scope='Via share price')
d_v = m('d_v', D, "AMD's $5.4bn acquisition", 5.4e9, 'money', '$5.4bn', noun='acquisition', scope='deal value')

S.track('deal', [([a_v, b_v, c_v, d_v], None)])

S.relay_ambiguous(D, 'told ET that', 'The Economic Times', 'told ET')

S.pair(S.sent(A, 'RBC Capital Markets downgraded'), S.sent(B, 'Advanced Micro Devices (NYSE: AMD) announced'), 'same', 'AMD buys ATI for $5.4 billion')
S.pair(S.sent(C, 'Yesterday Advanced Micro Devices'), S.sent(B, 'Advanced Micro Devices (NYSE: AMD) announced'), 'same')
S.pair(S.sent(B, '"Together we intend to create'), S.sent(D, '"The combination will create a processing'), 'same', 'a processing powerhouse')
S.pair(S.sent(B, 'ATI, however, has manufacturing'), S.sent(C, 'In a news conference announcing'), 'different', 'has foundry ties vs ties will not change')
S.pair(S.sent(C, 'TSMC, the world\'s largest maker'), S.sent(B, 'AMD has no plans to reduce'), 'different')

S.event('AMD-ATI platforms', B, 'Beginning in 2008, AMD plans', '2008', 'in 2008')
S.write()
