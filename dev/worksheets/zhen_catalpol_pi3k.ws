# ZH title (aim title; 调控 neutral)
E | t_cat | COMPOUND | 梓醇
E | t_path | PATHWAY | PI3K/Akt/mTOR 信号通路
E | t_rat | ORGANISM | 去卵巢大鼠 | ncbitaxon:10116
E | t_bmsc | CELL_TYPE | 骨髓间充质干细胞
R | TI | t_cat | t_rat
R | TI | t_cat | t_bmsc
# 目的 (其 -> 梓醇)
E | a_cat | COMPOUND | 梓醇
E | a_caten | COMPOUND | catalpol
E | a_rat | ORGANISM | 去卵巢（OVX）大鼠 | ncbitaxon:10116
E | a_bmsc_l | CELL_TYPE | 骨髓间充质干细胞
E | a_bmsc | CELL_TYPE | BMSCs
R | TI | a_cat | a_rat
R | TI | a_cat | a_bmsc_l
# 方法 1 (group allocation; 12 周 shared by both treated arms; 术后 1 周 is a time point)
E | b_sd | ORGANISM | SD 大鼠 | ncbitaxon:10116
E | b_cat | COMPOUND | 梓醇
E | b_c1 | CONCENTRATION | 5 mg·kg⁻¹·d⁻¹ | - | 5 mg/kg/d
E | b_aln | COMPOUND | 阿仑膦酸钠
E | b_c2 | CONCENTRATION | 1 mg·kg⁻¹·d⁻¹ | - | 1 mg/kg/d
E | b_d | DURATION | 12 周
R | TI | b_cat | b_sd
R | TI | b_aln | b_sd
R | CONC | b_cat | b_c1
R | CONC | b_aln | b_c2
R | DUR | b_cat | b_d
R | DUR | b_aln | b_d
# 方法 2 (activator -> target = UP; inhibitor -> target = DOWN; 干预 = giving)
E | c_bmsc | CELL_TYPE | BMSCs
E | c_c1 | CONCENTRATION | 1、10、100 μmol/L | - | 1,10,100 umol/L
E | c_cat | COMPOUND | 梓醇
E | c_pi3k | GENE | PI3K
E | c_740 | COMPOUND | 740 Y-P
E | c_c2 | CONCENTRATION | 20 μmol/L | - | 20 umol/L
E | c_mtor | GENE | mTOR | hgnc:MTOR
E | c_rapa | COMPOUND | 雷帕霉素 | pubchem:5284616
E | c_rapaen | COMPOUND | rapamycin | pubchem:5284616
E | c_c3 | CONCENTRATION | 100 nmol/L | - | 100 nmol/L
R | TI | c_cat | c_bmsc
R | CONC | c_cat | c_c1
R | UP | c_740 | c_pi3k
R | TI | c_740 | c_bmsc
R | CONC | c_740 | c_c2
R | DOWN | c_rapa | c_mtor
R | TI | c_rapa | c_bmsc
R | CONC | c_rapa | c_c3
# 方法 3 (measurements)
E | d_ars | COMPOUND | 茜素红
E | d_runx2 | GENE | Runx2 | hgnc:RUNX2
E | d_osx | GENE | Osterix | hgnc:SP7
E | d_ppi3k | GENE | p-PI3K
E | d_pakt | GENE | p-Akt
E | d_pmtor | GENE | p-mTOR | hgnc:MTOR
# 结果 1 (result in animals, no giving word)
E | e_cat | COMPOUND | 梓醇
E | e_rat | ORGANISM | OVX 大鼠 | ncbitaxon:10116
# 结果 2 (mineralization ability of BMSCs = UP of the cell)
E | f_cat | COMPOUND | 梓醇
E | f_bmsc | CELL_TYPE | BMSCs
E | f_alp | GENE | ALP
E | f_runx2 | GENE | Runx2 | hgnc:RUNX2
E | f_osx | GENE | Osterix | hgnc:SP7
E | f_pi3k | GENE | PI3K
E | f_akt | GENE | Akt
E | f_mtor | GENE | mTOR | hgnc:MTOR
R | UP | f_cat | f_bmsc
R | UP | f_cat | f_alp
R | UP | f_cat | f_runx2
R | UP | f_cat | f_osx
R | UP | f_cat | f_pi3k
R | UP | f_cat | f_akt
R | UP | f_cat | f_mtor
# 结果 3 (梓醇诱导的 Runx2 asserted; 740 Y-P enhances named gene; rapamycin weakens an effect: none)
E | g_740 | COMPOUND | 740 Y-P
E | g_cat1 | COMPOUND | 梓醇
E | g_runx2 | GENE | Runx2 | hgnc:RUNX2
E | g_rapa | COMPOUND | 雷帕霉素 | pubchem:5284616
E | g_cat2 | COMPOUND | 梓醇
R | UP | g_740 | g_runx2
R | UP | g_cat1 | g_runx2
# 结果 4 negated
E | h_cat | COMPOUND | 梓醇
E | h_bmsc | CELL_TYPE | BMSCs
# 结论
E | i_cat1 | COMPOUND | 梓醇
E | i_path | PATHWAY | PI3K/Akt/mTOR 信号通路
E | i_bmsc | CELL_TYPE | BMSCs
E | i_op | DISEASE | 骨质疏松 | mesh:D010024
E | i_cat2 | COMPOUND | 梓醇
E | i_pmo | DISEASE | 绝经后骨质疏松症 | mesh:D015663
R | UP | i_cat1 | i_path
R | UP | i_cat1 | i_bmsc
R | TREATS | i_cat1 | i_op
R | TREATS | i_cat2 | i_pmo
# EN title
E | T_cat | COMPOUND | catalpol
E | T_rat | ORGANISM | ovariectomized rats | ncbitaxon:10116
E | T_bmsc | CELL_TYPE | bone marrow mesenchymal stem cells
E | T_path | PATHWAY | PI3K/Akt/mTOR signaling pathway
R | TI | T_cat | T_rat
R | TI | T_cat | T_bmsc
# Objective (its -> catalpol)
E | A_cat | COMPOUND | catalpol
E | A_rat | ORGANISM | ovariectomized (OVX) rats | ncbitaxon:10116
E | A_bmsc_l | CELL_TYPE | bone marrow mesenchymal stem cells
E | A_bmsc | CELL_TYPE | BMSCs
R | TI | A_cat | A_rat
R | TI | A_cat | A_bmsc_l
# Methods 1 (group allocation; "9 rats per group" is the experimental animal, no relation)
E | B_sd | ORGANISM | SD rats | ncbitaxon:10116
E | B_cat | COMPOUND | catalpol
E | B_c1 | CONCENTRATION | 5 mg·kg⁻¹·d⁻¹ | - | 5 mg/kg/d
E | B_aln | COMPOUND | alendronate sodium
E | B_c2 | CONCENTRATION | 1 mg·kg⁻¹·d⁻¹ | - | 1 mg/kg/d
E | B_rats | ORGANISM | rats | ncbitaxon:10116
E | B_d | DURATION | 12 weeks
R | TI | B_cat | B_sd
R | TI | B_aln | B_sd
R | CONC | B_cat | B_c1
R | CONC | B_aln | B_c2
R | DUR | B_cat | B_d
R | DUR | B_aln | B_d
# Methods 2 ("Rat" modifies the cell name)
E | C_bmsc | CELL_TYPE | BMSCs
E | C_cat | COMPOUND | catalpol
E | C_c1 | CONCENTRATION | 1, 10 and 100 μmol/L | - | 1,10,100 umol/L
E | C_pi3k | GENE | PI3K
E | C_740 | COMPOUND | 740 Y-P
E | C_c2 | CONCENTRATION | 20 μmol/L | - | 20 umol/L
E | C_mtor | GENE | mTOR | hgnc:MTOR
E | C_rapa | COMPOUND | rapamycin | pubchem:5284616
E | C_c3 | CONCENTRATION | 100 nmol/L | - | 100 nmol/L
R | TI | C_cat | C_bmsc
R | CONC | C_cat | C_c1
R | UP | C_740 | C_pi3k
R | TI | C_740 | C_bmsc
R | CONC | C_740 | C_c2
R | DOWN | C_rapa | C_mtor
R | TI | C_rapa | C_bmsc
R | CONC | C_rapa | C_c3
# Methods 3
E | D_ars | COMPOUND | Alizarin Red
E | D_runx2 | GENE | Runx2 | hgnc:RUNX2
E | D_osx | GENE | Osterix | hgnc:SP7
E | D_ppi3k | GENE | p-PI3K
E | D_pakt | GENE | p-Akt
E | D_pmtor | GENE | p-mTOR | hgnc:MTOR
# Results 1
E | E_cat | COMPOUND | Catalpol
E | E_rat | ORGANISM | OVX rats | ncbitaxon:10116
# Results 2
E | F_cat | COMPOUND | Catalpol
E | F_alp | GENE | ALP
E | F_bmsc | CELL_TYPE | BMSCs
E | F_runx2 | GENE | Runx2 | hgnc:RUNX2
E | F_osx | GENE | Osterix | hgnc:SP7
E | F_pi3k | GENE | PI3K
E | F_akt | GENE | Akt
E | F_mtor | GENE | mTOR | hgnc:MTOR
R | UP | F_cat | F_alp
R | UP | F_cat | F_bmsc
R | UP | F_cat | F_runx2
R | UP | F_cat | F_osx
R | UP | F_cat | F_pi3k
R | UP | F_cat | F_akt
R | UP | F_cat | F_mtor
# Results 3 (no system in the sentence: no TESTED_IN for Co-treatment)
E | G_740 | COMPOUND | 740 Y-P
E | G_cat1 | COMPOUND | catalpol
E | G_runx2 | GENE | Runx2 | hgnc:RUNX2
E | G_rapa | COMPOUND | rapamycin | pubchem:5284616
E | G_cat2 | COMPOUND | catalpol
R | UP | G_740 | G_runx2
R | UP | G_cat1 | G_runx2
# Results 4 negated
E | H_cat | COMPOUND | Catalpol
E | H_bmsc | CELL_TYPE | BMSCs
# Conclusion (its -> Catalpol)
E | I_cat | COMPOUND | Catalpol
E | I_path | PATHWAY | PI3K/Akt/mTOR signaling pathway
E | I_bmsc | CELL_TYPE | BMSCs
E | I_op | DISEASE | osteoporosis | mesh:D010024
E | I_pmo | DISEASE | postmenopausal osteoporosis | mesh:D015663
R | UP | I_cat | I_path
R | UP | I_cat | I_bmsc
R | TREATS | I_cat | I_op
R | TREATS | I_cat | I_pmo
