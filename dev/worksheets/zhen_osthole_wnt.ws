# ===== Chinese title
E | t_ost | COMPOUND | 蛇床子素 | pubchem:10228
E | t_path | PATHWAY | Wnt/β-catenin 信号通路 | kegg.pathway:map04310
E | t_bm | CELL_TYPE | 骨髓间充质干细胞
R | UP | t_ost | t_path
R | UP | t_ost | t_bm
R | DOWN | t_ost | t_bm
# 目的
E | a_ost | COMPOUND | 蛇床子素 | pubchem:10228
E | a_osten | COMPOUND | osthole | pubchem:10228
E | a_bm | CELL_TYPE | 骨髓间充质干细胞
E | a_bms | CELL_TYPE | BMSCs
E | a_path | PATHWAY | Wnt/β-catenin 信号通路 | kegg.pathway:map04310
R | TI | a_ost | a_bm
# 方法 (to ；)
E | b_bms | CELL_TYPE | BMSCs
E | b_c | CONCENTRATION | 1、10、50 μmol/L | - | 1,10,50 umol/L
E | b_ost | COMPOUND | 蛇床子素 | pubchem:10228
E | b_d1 | DURATION | 7 d
E | b_d2 | DURATION | 14 d
E | b_alp | GENE | ALP
E | b_ars | COMPOUND | 茜素红
E | b_oro | COMPOUND | 油红 O
E | b_bcat | GENE | β-catenin | hgnc:CTNNB1
E | b_gskl | GENE | 糖原合成酶激酶-3β | hgnc:GSK3B
E | b_gsk | GENE | GSK-3β | hgnc:GSK3B
E | b_r | GENE | Runx2 | hgnc:RUNX2
E | b_ppl | GENE | 过氧化物酶体增殖物激活受体 γ | hgnc:PPARG
E | b_pp | GENE | PPARγ | hgnc:PPARG
R | CONC | b_ost | b_c
R | DUR | b_ost | b_d1
R | DUR | b_ost | b_d2
R | TI | b_ost | b_bms
# DKK1
E | c_dkkl | GENE | Dickkopf-1 | hgnc:DKK1
E | c_dkk | GENE | DKK1 | hgnc:DKK1
E | c_c | CONCENTRATION | 100 ng/mL | - | 100 ng/mL
E | c_wnt | PATHWAY | Wnt 信号通路 | kegg.pathway:map04310
R | DOWN | c_dkkl | c_wnt
# 结果
E | d_c | CONCENTRATION | 1～50 μmol/L | - | 1,50 umol/L
E | d_ost | COMPOUND | 蛇床子素 | pubchem:10228
R | CONC | d_ost | d_c
E | e_c | CONCENTRATION | 10 μmol/L | - | 10 umol/L
E | e_ost | COMPOUND | 蛇床子素 | pubchem:10228
E | e_alp | GENE | ALP
E | e_oro | COMPOUND | 油红 O
R | CONC | e_ost | e_c
R | UP | e_ost | e_alp
E | f_ost | COMPOUND | 蛇床子素 | pubchem:10228
E | f_bcat | GENE | β-catenin | hgnc:CTNNB1
E | f_r | GENE | Runx2 | hgnc:RUNX2
E | f_pp | GENE | PPARγ | hgnc:PPARG
E | f_gsk | GENE | GSK-3β | hgnc:GSK3B
R | UP | f_ost | f_bcat
R | UP | f_ost | f_r
R | DOWN | f_ost | f_pp
R | DOWN | f_ost | f_gsk
E | g_dkk | GENE | DKK1 | hgnc:DKK1
E | g_ost | COMPOUND | 蛇床子素 | pubchem:10228
# 结论
E | h_ost | COMPOUND | 蛇床子素 | pubchem:10228
E | h_path | PATHWAY | Wnt/β-catenin 信号通路 | kegg.pathway:map04310
E | h_bms | CELL_TYPE | BMSCs
E | h_ob | CELL_TYPE | 成骨细胞
E | h_ad | CELL_TYPE | 脂肪细胞
E | h_op | DISEASE | 骨质疏松症 | mesh:D010024
R | UP | h_ost | h_path
R | UP | h_ost | h_bms
R | DOWN | h_ost | h_bms
R | TREATS | h_ost | h_op
# ===== English title
E | T_ost | COMPOUND | Osthole | pubchem:10228
E | T_path | PATHWAY | Wnt/β-catenin signaling pathway | kegg.pathway:map04310
E | T_bm | CELL_TYPE | bone marrow mesenchymal stem cells
R | UP | T_ost | T_path
R | UP | T_ost | T_bm
R | DOWN | T_ost | T_bm
# Objective
E | A_ost | COMPOUND | osthole | pubchem:10228
E | A_bm | CELL_TYPE | bone marrow mesenchymal stem cells
E | A_bms | CELL_TYPE | BMSCs
E | A_path | PATHWAY | Wnt/β-catenin signaling pathway | kegg.pathway:map04310
R | TI | A_ost | A_bm
# Methods
E | B_bms | CELL_TYPE | BMSCs
E | B_sd | ORGANISM | SD rats | ncbitaxon:10116
E | C_ost | COMPOUND | osthole | pubchem:10228
E | C_c | CONCENTRATION | 1, 10 and 50 μmol/L | - | 1,10,50 umol/L
E | C_d | DURATION | 7 and 14 days
R | CONC | C_ost | C_c
R | DUR | C_ost | C_d
E | D_alp | GENE | ALP
E | D_ars | COMPOUND | Alizarin Red
E | D_oro | COMPOUND | Oil Red O
E | D_bcat | GENE | β-catenin | hgnc:CTNNB1
E | D_gskl | GENE | glycogen synthase kinase-3β | hgnc:GSK3B
E | D_gsk | GENE | GSK-3β | hgnc:GSK3B
E | D_r | GENE | Runx2 | hgnc:RUNX2
E | D_ppl | GENE | peroxisome proliferator-activated receptor γ | hgnc:PPARG
E | D_pp | GENE | PPARγ | hgnc:PPARG
E | E_dkkl | GENE | Dickkopf-1 | hgnc:DKK1
E | E_dkk | GENE | DKK1 | hgnc:DKK1
E | E_c | CONCENTRATION | 100 ng/mL | - | 100 ng/mL
E | E_wnt | PATHWAY | Wnt signaling pathway | kegg.pathway:map04310
R | DOWN | E_dkkl | E_wnt
# Results
E | F_ost | COMPOUND | Osthole | pubchem:10228
E | F_c | CONCENTRATION | 1–50 μmol/L | - | 1,50 umol/L
R | CONC | F_ost | F_c
E | G_ost | COMPOUND | Osthole | pubchem:10228
E | G_c | CONCENTRATION | 10 μmol/L | - | 10 umol/L
E | G_alp | GENE | ALP
R | CONC | G_ost | G_c
R | UP | G_ost | G_alp
E | H_ost | COMPOUND | Osthole | pubchem:10228
E | H_bcat | GENE | β-catenin | hgnc:CTNNB1
E | H_r | GENE | Runx2 | hgnc:RUNX2
E | H_pp | GENE | PPARγ | hgnc:PPARG
E | H_gsk | GENE | GSK-3β | hgnc:GSK3B
R | UP | H_ost | H_bcat
R | UP | H_ost | H_r
R | DOWN | H_ost | H_pp
R | DOWN | H_ost | H_gsk
E | I_ost | COMPOUND | osthole | pubchem:10228
E | I_dkk | GENE | DKK1 | hgnc:DKK1
# Conclusion
E | J_ost | COMPOUND | Osthole | pubchem:10228
E | J_bms | CELL_TYPE | BMSCs
E | J_ob | CELL_TYPE | osteoblasts
E | J_path | PATHWAY | Wnt/β-catenin signaling pathway | kegg.pathway:map04310
E | J_op | DISEASE | osteoporosis | mesh:D010024
R | UP | J_ost | J_bms
R | DOWN | J_ost | J_bms
R | UP | J_ost | J_path
R | TREATS | J_ost | J_op
