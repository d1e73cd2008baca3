# title
E | t_rsv | COMPOUND | 白藜芦醇 | pubchem:445154
E | t_sirt1 | GENE | SIRT1 | hgnc:SIRT1
E | t_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
R | UP | t_rsv | t_mc
# 目的
E | a_rsv | COMPOUND | 白藜芦醇 | pubchem:445154
E | a_rsven | COMPOUND | resveratrol | pubchem:445154
E | a_RSV | COMPOUND | RSV | pubchem:445154
E | a_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
E | a_sirtl | GENE | 沉默信息调节因子 1 | hgnc:SIRT1
E | a_sirt | GENE | SIRT1 | hgnc:SIRT1
R | TI | a_rsv | a_mc
# 方法
E | b_c | CONCENTRATION | 5、10、20 μmol/L | - | 5,10,20 umol/L
E | b_rsv | COMPOUND | RSV | pubchem:445154
E | b_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
E | b_d | DURATION | 48 h
E | b_cck | COMPOUND | CCK-8
E | b_sirt | GENE | SIRT1 | hgnc:SIRT1
E | b_lc3l | GENE | 微管相关蛋白 1 轻链 3
E | b_lc3 | GENE | LC3
E | b_p62 | GENE | p62 | hgnc:SQSTM1
E | b_bec | GENE | Beclin-1 | hgnc:BECN1
R | CONC | b_rsv | b_c
R | TI | b_rsv | b_mc
R | DUR | b_rsv | b_d
E | c_d | DURATION | 14 d
E | c_alp | GENE | ALP
E | c_r | GENE | Runx2 | hgnc:RUNX2
E | c_col | GENE | Ⅰ型胶原蛋白
E | c_col1 | GENE | COL1
# 抑制剂组
E | d_sirt | GENE | SIRT1 | hgnc:SIRT1
E | d_ex | COMPOUND | EX527
E | d_c1 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
E | d_3mal | COMPOUND | 3-甲基腺嘌呤
E | d_3ma | COMPOUND | 3-MA
E | d_c2 | CONCENTRATION | 5 mmol/L | - | 5 mmol/L
R | DOWN | d_ex | d_sirt
R | CONC | d_ex | d_c1
R | CONC | d_3mal | d_c2
# 结果
E | e_rsv | COMPOUND | RSV | pubchem:445154
E | e_sirt | GENE | SIRT1 | hgnc:SIRT1
E | e_lc32 | GENE | LC3-Ⅱ
E | e_lc31 | GENE | LC3-Ⅰ
E | e_bec | GENE | Beclin-1 | hgnc:BECN1
E | e_p62 | GENE | p62 | hgnc:SQSTM1
R | UP | e_rsv | e_sirt
R | UP | e_rsv | e_bec
R | DOWN | e_rsv | e_p62
E | f_c | CONCENTRATION | 10 μmol/L | - | 10 umol/L
E | f_rsv | COMPOUND | RSV | pubchem:445154
E | f_alp | GENE | ALP
E | f_r | GENE | Runx2 | hgnc:RUNX2
E | f_col1 | GENE | COL1
R | CONC | f_rsv | f_c
R | UP | f_rsv | f_alp
R | UP | f_rsv | f_r
R | UP | f_rsv | f_col1
E | g_ex | COMPOUND | EX527
E | g_sirt | GENE | SIRT1 | hgnc:SIRT1
E | g_rsv | COMPOUND | RSV | pubchem:445154
E | g_lc32 | GENE | LC3-Ⅱ
E | g_p62 | GENE | p62 | hgnc:SQSTM1
R | DOWN | g_ex | g_sirt
R | UP | g_rsv | g_lc32
R | DOWN | g_rsv | g_p62
E | h_3ma | COMPOUND | 3-MA
E | h_rsv | COMPOUND | RSV | pubchem:445154
E | i_rsv | COMPOUND | RSV | pubchem:445154
E | i_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
# 结论
E | j_rsv | COMPOUND | 白藜芦醇 | pubchem:445154
E | j_sirt | GENE | SIRT1 | hgnc:SIRT1
E | j_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
E | j_op | DISEASE | 骨质疏松症 | mesh:D010024
R | UP | j_rsv | j_sirt
R | UP | j_rsv | j_mc
R | TREATS | j_rsv | j_op
