# title
E | t_ica | COMPOUND | 淫羊藿苷
E | t_path | PATHWAY | BMP-2/Smad 信号通路
E | t_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
R | UP | t_ica | t_mc
# 目的 (study aim)
E | a_ica | COMPOUND | 淫羊藿苷
E | a_icariin | COMPOUND | icariin
E | a_ICA | COMPOUND | ICA
E | a_pre | CELL_TYPE | 前成骨细胞
E | a_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
E | a_path | PATHWAY | 骨形态发生蛋白 2（BMP-2）/Smad 信号通路
R | TI | a_ica | a_pre
R | TI | a_ica | a_mc
# 方法 CCK-8
E | b_cck | COMPOUND | CCK-8
E | b_c | CONCENTRATION | 0.01、0.1、1、10 μmol/L | - | 0.01,0.1,1,10 umol/L
E | b_ica | COMPOUND | 淫羊藿苷
E | b_d | DURATION | 24、48、72 h
E | b_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
R | CONC | b_ica | b_c
R | DUR | b_ica | b_d
R | TI | b_ica | b_mc
# 诱导培养基与分组
E | c_c1 | CONCENTRATION | 50 μg/mL | - | 50 ug/mL
E | c_vc | COMPOUND | 抗坏血酸 | pubchem:54670067
E | c_c2 | CONCENTRATION | 10 mmol/L | - | 10 mmol/L
E | c_bgp | COMPOUND | β-甘油磷酸钠
E | c_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
E | c_ica1 | COMPOUND | ICA
E | c_c3 | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | c_bmpr | GENE | BMP Ⅰ型受体
E | c_ldn | COMPOUND | LDN-193189
E | c_c4 | CONCENTRATION | 100 nmol/L | - | 100 nmol/L
E | c_d | DURATION | 1 h
E | c_c5 | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | c_ica2 | COMPOUND | ICA
R | CONC | c_vc | c_c1
R | CONC | c_bgp | c_c2
R | TI | c_vc | c_mc
R | TI | c_bgp | c_mc
R | CONC | c_ica1 | c_c3
R | TI | c_ica1 | c_mc
R | DOWN | c_ldn | c_bmpr
R | CONC | c_ldn | c_c4
R | DUR | c_ldn | c_d
R | TI | c_ldn | c_mc
R | CONC | c_ica2 | c_c5
R | TI | c_ica2 | c_mc
# 检测指标
E | d_alp1 | GENE | 碱性磷酸酶
E | d_alp2 | GENE | ALP
E | d_ars | COMPOUND | 茜素红
E | d_bmp2 | GENE | BMP-2 | hgnc:BMP2
E | d_psmad | GENE | p-Smad1/5/8
E | d_rl | GENE | Runt 相关转录因子 2 | hgnc:RUNX2
E | d_r | GENE | Runx2 | hgnc:RUNX2
E | d_osxl | GENE | Osterix | hgnc:SP7
E | d_osx | GENE | OSX | hgnc:SP7
E | d_ocnl | GENE | 骨钙素 | hgnc:BGLAP
E | d_ocn | GENE | OCN | hgnc:BGLAP
# 结果 (negated)
E | e_c | CONCENTRATION | 0.01～10 μmol/L | - | 0.01,10 umol/L
E | e_ica | COMPOUND | 淫羊藿苷
E | e_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
R | CONC | e_ica | e_c
E | f_ica | COMPOUND | ICA
E | f_alp | GENE | ALP
R | UP | f_ica | f_alp
E | g_ica | COMPOUND | ICA
E | g_bmp2 | GENE | BMP-2 | hgnc:BMP2
E | g_r | GENE | Runx2 | hgnc:RUNX2
E | g_osx | GENE | OSX | hgnc:SP7
E | g_ocn | GENE | OCN | hgnc:BGLAP
E | g_smad | GENE | Smad1/5/8
R | UP | g_ica | g_bmp2
R | UP | g_ica | g_r
R | UP | g_ica | g_osx
R | UP | g_ica | g_ocn
R | UP | g_ica | g_smad
E | h_ldn | COMPOUND | LDN-193189
E | h_ica | COMPOUND | ICA
# 结论
E | i_ica | COMPOUND | 淫羊藿苷
E | i_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
E | i_path | PATHWAY | BMP-2/Smad 信号通路
E | i_op | DISEASE | 骨质疏松症 | mesh:D010024
R | UP | i_ica | i_mc
R | UP | i_ica | i_path
R | TREATS | i_ica | i_op
