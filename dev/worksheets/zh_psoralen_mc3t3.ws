# title (aim title; 小鼠 modifies the cell name)
E | t_pso | COMPOUND | 补骨脂素 | pubchem:6199
E | t_pre | CELL_TYPE | 前成骨细胞
E | t_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
R | TI | t_pso | t_pre
R | TI | t_pso | t_mc
# 目的
E | a_pso | COMPOUND | 补骨脂素 | pubchem:6199
E | a_psoen | COMPOUND | psoralen | pubchem:6199
E | a_PSO | COMPOUND | PSO | pubchem:6199
E | a_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
E | a_bmp2_l | GENE | 骨形态发生蛋白 2 | hgnc:BMP2
E | a_bmp2 | GENE | BMP-2 | hgnc:BMP2
R | TI | a_pso | a_mc
# 方法 1 (purity is not a concentration; solvent no relation)
E | b_pso | COMPOUND | 补骨脂素 | pubchem:6199
E | b_dmso | COMPOUND | 二甲基亚砜 | pubchem:679
# 方法 2 (加入 = exposure)
E | c_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
E | c_c | CONCENTRATION | 1×10⁻⁷、1×10⁻⁶、1×10⁻⁵ mol/L | - | 1e-7,1e-6,1e-5 mol/L
E | c_pso | COMPOUND | 补骨脂素 | pubchem:6199
E | c_d | DURATION | 1、3、5 d
E | c_mtt | COMPOUND | MTT
R | TI | c_pso | c_mc
R | CONC | c_pso | c_c
R | DUR | c_pso | c_d
# 方法 3
E | d_c | CONCENTRATION | 1×10⁻⁶ mol/L | - | 1e-6 mol/L
E | d_pso | COMPOUND | 补骨脂素 | pubchem:6199
E | d_d1 | DURATION | 7 d
E | d_alp_l | GENE | 碱性磷酸酶
E | d_alp | GENE | ALP
E | d_d2 | DURATION | 21 d
E | d_ars | COMPOUND | 茜素红
R | CONC | d_pso | d_c
R | DUR | d_pso | d_d1
R | DUR | d_pso | d_d2
# 方法 4
E | e_col_l | GENE | Ⅰ型胶原 α1 | hgnc:COL1A1
E | e_col | GENE | COL1A1 | hgnc:COL1A1
E | e_ocn_l | GENE | 骨钙素 | hgnc:BGLAP
E | e_ocn | GENE | OCN | hgnc:BGLAP
E | e_opn_l | GENE | 骨桥蛋白 | hgnc:SPP1
E | e_opn | GENE | OPN | hgnc:SPP1
E | e_bmp2a | GENE | BMP-2 | hgnc:BMP2
E | e_bmp2b | GENE | BMP-2 | hgnc:BMP2
# 结果 1 (the 1×10⁻⁵ group: concentration of the nearest preceding 补骨脂素, effect denied)
E | f_c1 | CONCENTRATION | 1×10⁻⁶ mol/L | - | 1e-6 mol/L
E | f_pso | COMPOUND | 补骨脂素 | pubchem:6199
E | f_d | DURATION | 3 d
E | f_mc | CELL_LINE | MC3T3-E1 | cellosaurus:CVCL_0409
E | f_c2 | CONCENTRATION | 1×10⁻⁵ mol/L | - | 1e-5 mol/L
R | CONC | f_pso | f_c1
R | DUR | f_pso | f_d
R | UP | f_pso | f_mc
R | CONC | f_pso | f_c2
# 结果 2 (COL1A1 unchanged: no relation)
E | g_pso | COMPOUND | 补骨脂素 | pubchem:6199
E | g_alp | GENE | ALP
E | g_ocn | GENE | OCN | hgnc:BGLAP
E | g_opn | GENE | OPN | hgnc:SPP1
E | g_bmp2 | GENE | BMP-2 | hgnc:BMP2
E | g_col | GENE | COL1A1 | hgnc:COL1A1
R | UP | g_pso | g_alp
R | UP | g_pso | g_ocn
R | UP | g_pso | g_opn
R | UP | g_pso | g_bmp2
# 结果 3 (antagonist -> target; 补骨脂素引起的 ALP 升高 asserted; the passive 被抑制 with a named gene)
E | h_bmp | GENE | BMP
E | h_nog | GENE | Noggin | hgnc:NOG
E | h_c | CONCENTRATION | 100 ng/mL | - | 100 ng/mL
E | h_pso | COMPOUND | 补骨脂素 | pubchem:6199
E | h_alp | GENE | ALP
R | DOWN | h_nog | h_bmp
R | UP | h_pso | h_alp
R | DOWN | h_nog | h_alp
# 结论
E | i_pso1 | COMPOUND | 补骨脂素 | pubchem:6199
E | i_ob | CELL_TYPE | 成骨细胞
E | i_bmp2 | GENE | BMP-2 | hgnc:BMP2
E | i_pso2 | COMPOUND | 补骨脂素 | pubchem:6199
E | i_op | DISEASE | 骨质疏松 | mesh:D010024
R | UP | i_pso1 | i_ob
R | UP | i_pso1 | i_bmp2
R | TREATS | i_pso2 | i_op
