# title
E | t_que | COMPOUND | 槲皮素 | pubchem:5280343
E | t_path | PATHWAY | ERK/Runx2 信号通路
E | t_bmsc | CELL_TYPE | 骨髓间充质干细胞
R | UP | t_que | t_bmsc
# 目的 (study aim; 影响/关系 neutral)
E | a_que | COMPOUND | 槲皮素 | pubchem:5280343
E | a_quercetin | COMPOUND | quercetin | pubchem:5280343
E | a_Que | COMPOUND | Que | pubchem:5280343
E | a_bmsc | CELL_TYPE | 骨髓间充质干细胞
E | a_BMSCs | CELL_TYPE | BMSCs
E | a_path | PATHWAY | 细胞外信号调节激酶（ERK）/Runx2 信号通路
R | TI | a_que | a_bmsc
# 方法 1 (BMSCs named earlier in the sentence; 第 3 代, 4 周龄 not annotated)
E | b_sd | ORGANISM | SD 大鼠 | ncbitaxon:10116
E | b_bmsc | CELL_TYPE | BMSCs
E | b_c | CONCENTRATION | 0、1、5、10、20 μmol/L | - | 0,1,5,10,20 umol/L
E | b_que | COMPOUND | 槲皮素 | pubchem:5280343
E | b_d | DURATION | 24、48、72 h
E | b_cck | COMPOUND | CCK-8
R | CONC | b_que | b_c
R | DUR | b_que | b_d
R | TI | b_que | b_bmsc
# 方法 2
E | c_c | CONCENTRATION | 5 μmol/L | - | 5 umol/L
E | c_que | COMPOUND | 槲皮素 | pubchem:5280343
E | c_bmsc | CELL_TYPE | BMSCs
E | c_d1 | DURATION | 7 d
E | c_d2 | DURATION | 14 d
E | c_alp_l | GENE | 碱性磷酸酶
E | c_alp | GENE | ALP
E | c_ars | COMPOUND | 茜素红
E | c_erk | GENE | ERK1/2
E | c_perk | GENE | p-ERK1/2
E | c_runx2_l | GENE | Runt 相关转录因子 2 | hgnc:RUNX2
E | c_runx2 | GENE | Runx2 | hgnc:RUNX2
E | c_ocn_l | GENE | 骨钙素 | hgnc:BGLAP
E | c_ocn | GENE | OCN | hgnc:BGLAP
R | CONC | c_que | c_c
R | TI | c_que | c_bmsc
R | DUR | c_que | c_d1
R | DUR | c_que | c_d2
# 方法 3 (inhibitor -> named target; group without a system: no TESTED_IN)
E | d_erk | GENE | ERK
E | d_u | COMPOUND | U0126
E | d_c | CONCENTRATION | 10 μmol/L | - | 10 umol/L
R | DOWN | d_u | d_erk
R | CONC | d_u | d_c
# 结果 1 (second clause negated: HAS_CONCENTRATION only)
E | e_c1 | CONCENTRATION | 1～10 μmol/L | - | 1,10 umol/L
E | e_que1 | COMPOUND | 槲皮素 | pubchem:5280343
E | e_bmsc | CELL_TYPE | BMSCs
E | e_c2 | CONCENTRATION | 20 μmol/L | - | 20 umol/L
E | e_que2 | COMPOUND | 槲皮素 | pubchem:5280343
R | CONC | e_que1 | e_c1
R | UP | e_que1 | e_bmsc
R | CONC | e_que2 | e_c2
# 结果 2
E | f_c | CONCENTRATION | 5 μmol/L | - | 5 umol/L
E | f_que | COMPOUND | 槲皮素 | pubchem:5280343
E | f_alp | GENE | ALP
E | f_perk | GENE | p-ERK1/2
E | f_runx2 | GENE | Runx2 | hgnc:RUNX2
E | f_ocn | GENE | OCN | hgnc:BGLAP
R | CONC | f_que | f_c
R | UP | f_que | f_alp
R | UP | f_que | f_perk
R | UP | f_que | f_runx2
R | UP | f_que | f_ocn
# 结果 3 (passive 被 U0126 抑制 with a named gene as object)
E | g_que1 | COMPOUND | 槲皮素 | pubchem:5280343
E | g_runx2 | GENE | Runx2 | hgnc:RUNX2
E | g_u1 | COMPOUND | U0126
E | g_u2 | COMPOUND | U0126
E | g_perk | GENE | p-ERK1/2
E | g_que2 | COMPOUND | 槲皮素 | pubchem:5280343
R | UP | g_que1 | g_runx2
R | DOWN | g_u1 | g_runx2
R | DOWN | g_u2 | g_perk
# 结论 (promote X to differentiate into Y: X only; 其 -> 槲皮素)
E | h_que | COMPOUND | 槲皮素 | pubchem:5280343
E | h_path | PATHWAY | ERK 信号通路
E | h_bmsc | CELL_TYPE | BMSCs
E | h_ob | CELL_TYPE | 成骨细胞
E | h_op | DISEASE | 骨质疏松症 | mesh:D010024
R | UP | h_que | h_path
R | UP | h_que | h_bmsc
R | TREATS | h_que | h_op
