# s0 ZH title (通过 GLP-1R = via; 地塞米松作用下 BMSCs = compound stimulus with an exposure word -> TI, no regulation from it; 大鼠 modifies the cell)
E | t_gen | COMPOUND | 京尼平苷 | -
E | t_glp | GENE | GLP-1R | -
E | t_dex | COMPOUND | 地塞米松 | -
E | t_bmsc | CELL_TYPE | 骨髓间充质干细胞 | -
R | UP | t_gen | t_bmsc
R | TI | t_dex | t_bmsc
# s1 目的 background (causes: no relation type)
E | a_gc | COMPOUND | 糖皮质激素 | -
E | a_op | DISEASE | 骨质疏松 | -
# s2 (source plant ORGANISM; named chemical class without 类成分)
E | b_gen | COMPOUND | 京尼平苷 | -
E | b_gard | ORGANISM | 栀子 | -
E | b_irid | COMPOUND | 环烯醚萜苷 | -
E | b_glp | GENE | GLP-1R | -
R | UP | b_gen | b_glp
# s3 aim (探讨 X 对 Y 的影响 -> TI; DEX model stimulus 抑制的: no relation)
E | c_gen | COMPOUND | 京尼平苷 | -
E | c_GEN | COMPOUND | GEN | -
E | c_dex | COMPOUND | 地塞米松 | -
E | c_DEX | COMPOUND | DEX | -
E | c_bmscl | CELL_TYPE | 骨髓间充质干细胞 | -
E | c_bmsc | CELL_TYPE | BMSCs | -
E | c_glpl | GENE | 胰高血糖素样肽-1 受体 | -
E | c_glp | GENE | GLP-1R | -
R | TI | c_gen | c_bmscl
# s4 方法 (SD 大鼠 modifies BMSCs; 第 3 代细胞 = these BMSCs, group allocation -> TI from each compound of each arm label; concentrations to the mention they follow)
E | d_bmsc | CELL_TYPE | BMSCs | -
E | d_dex1 | COMPOUND | DEX | -
E | d_c1 | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | d_dex2 | COMPOUND | DEX | -
E | d_gen1 | COMPOUND | GEN | -
E | d_gen2 | COMPOUND | GEN | -
E | d_c2 | CONCENTRATION | 5、10、20 μmol/L | - | 5,10,20 umol/L
E | d_dex3 | COMPOUND | DEX | -
E | d_gen3 | COMPOUND | GEN | -
E | d_c3 | CONCENTRATION | 20 μmol/L | - | 20 umol/L
E | d_glp | GENE | GLP-1R | -
E | d_ex | COMPOUND | Exendin（9-39） | -
E | d_c4 | CONCENTRATION | 100 nmol/L | - | 100 nmol/L
R | TI | d_dex1 | d_bmsc
R | CONC | d_dex1 | d_c1
R | TI | d_dex2 | d_bmsc
R | TI | d_gen1 | d_bmsc
R | CONC | d_gen2 | d_c2
R | TI | d_dex3 | d_bmsc
R | TI | d_gen3 | d_bmsc
R | CONC | d_gen3 | d_c3
R | TI | d_ex | d_bmsc
R | CONC | d_ex | d_c4
R | DOWN | d_ex | d_glp
# s5 measurements (第 7/14 天 time points)
E | e_cck | COMPOUND | CCK-8 | -
E | e_alpl | GENE | 碱性磷酸酶 | -
E | e_alp | GENE | ALP | -
E | e_ars | COMPOUND | 茜素红 | -
E | e_glp | GENE | GLP-1R | -
E | e_runx2 | GENE | Runx2 | -
E | e_opnl | GENE | 骨桥蛋白 | -
E | e_opn | GENE | OPN | -
E | e_coll | GENE | Ⅰ型胶原 | -
E | e_col | GENE | COL1A1 | -
# s6 denied
E | f_gen | COMPOUND | GEN | -
# s7 DEX vs control (model stimulus: no relation; 钙结节 not annotated)
E | g_dex | COMPOUND | DEX | -
E | g_alp | GENE | ALP | -
E | g_glp | GENE | GLP-1R | -
E | g_runx2 | GENE | Runx2 | -
E | g_opn | GENE | OPN | -
E | g_col | GENE | COL1A1 | -
# s8 GEN groups
E | h_dex1 | COMPOUND | DEX | -
E | h_gen | COMPOUND | GEN | -
E | h_c | CONCENTRATION | 10、20 μmol/L | - | 10,20 umol/L
E | h_alp | GENE | ALP | -
E | h_glp | GENE | GLP-1R | -
E | h_runx2 | GENE | Runx2 | -
E | h_dex2 | COMPOUND | DEX | -
E | h_opn | GENE | OPN | -
E | h_col | GENE | COL1A1 | -
R | CONC | h_gen | h_c
R | UP | h_gen | h_alp
R | UP | h_gen | h_glp
R | UP | h_gen | h_runx2
R | UP | h_gen | h_opn
R | UP | h_gen | h_col
# s9 (no difference; concentration still applies)
E | i_gen | COMPOUND | GEN | -
E | i_c | CONCENTRATION | 5 μmol/L | - | 5 umol/L
R | CONC | i_gen | i_c
# s10 (GEN's promotion of Runx2 asserted; antagonist weakens the induced named gene -> DOWN; GLP-1R no difference)
E | j_ex | COMPOUND | Exendin（9-39） | -
E | j_gen1 | COMPOUND | GEN | -
E | j_runx2 | GENE | Runx2 | -
E | j_glp | GENE | GLP-1R | -
E | j_dex | COMPOUND | DEX | -
E | j_gen2 | COMPOUND | GEN | -
E | j_c | CONCENTRATION | 20 μmol/L | - | 20 umol/L
R | UP | j_gen1 | j_runx2
R | DOWN | j_ex | j_runx2
R | CONC | j_gen2 | j_c
# s11 结论 (antagonising DEX's inhibition of BMSC osteogenesis = restoring -> UP; GLP-1R 介导 neutral; Runx2 上调 by the agent; 其 -> 京尼平苷 TREATS)
E | k_gen | COMPOUND | 京尼平苷 | -
E | k_dex | COMPOUND | 地塞米松 | -
E | k_bmsc | CELL_TYPE | BMSCs | -
E | k_glp | GENE | GLP-1R | -
E | k_runx2 | GENE | Runx2 | -
E | k_giop | DISEASE | 糖皮质激素性骨质疏松 | -
R | UP | k_gen | k_bmsc
R | UP | k_gen | k_runx2
R | TREATS | k_gen | k_giop
# EN title (own sentence; 'under dexamethasone' parallels 地塞米松作用下 -> TI)
E | T_gen | COMPOUND | Geniposide | -
E | T_bmsc | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | T_dex | COMPOUND | dexamethasone | -
E | T_glp | GENE | GLP-1R | -
R | UP | T_gen | T_bmsc
R | TI | T_dex | T_bmsc
# Objective (aim -> TI; chemical class and source plant)
E | A_gen | COMPOUND | geniposide | -
E | A_GEN | COMPOUND | GEN | -
E | A_irid | COMPOUND | iridoid glycoside | -
E | A_gard | ORGANISM | Gardenia | -
E | A_bmscl | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | A_bmsc | CELL_TYPE | BMSCs | -
E | A_dex | COMPOUND | dexamethasone | -
E | A_DEX | COMPOUND | DEX | -
E | A_glpl | GENE | glucagon-like peptide-1 receptor | -
E | A_glp | GENE | GLP-1R | -
R | TI | A_gen | A_bmscl
# Methods 1 (SD rat modifies BMSCs)
E | B_bmsc | CELL_TYPE | BMSCs | -
# Methods 2 (system only 'Passage 3 cells', generic: no TI; antagonist apposition -> DOWN)
E | C_dex1 | COMPOUND | DEX | -
E | C_c1 | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | C_dex2 | COMPOUND | DEX | -
E | C_gen1 | COMPOUND | GEN | -
E | C_gen2 | COMPOUND | GEN | -
E | C_c2 | CONCENTRATION | 5, 10, 20 μmol/L | - | 5,10,20 umol/L
E | C_dex3 | COMPOUND | DEX | -
E | C_gen3 | COMPOUND | GEN | -
E | C_c3 | CONCENTRATION | 20 μmol/L | - | 20 umol/L
E | C_ex | COMPOUND | Exendin(9-39) | -
E | C_glp | GENE | GLP-1R | -
E | C_c4 | CONCENTRATION | 100 nmol/L | - | 100 nmol/L
R | CONC | C_dex1 | C_c1
R | CONC | C_gen2 | C_c2
R | CONC | C_gen3 | C_c3
R | CONC | C_ex | C_c4
R | DOWN | C_ex | C_glp
# Methods 3 (day 7 / day 14 time points)
E | D_cck | COMPOUND | CCK-8 | -
E | D_alp | GENE | ALP | -
E | D_ars | COMPOUND | alizarin red | -
# Methods 4
E | E_glp | GENE | GLP-1R | -
E | E_runx2 | GENE | Runx2 | -
E | E_opnl | GENE | osteopontin | -
E | E_opn | GENE | OPN | -
E | E_coll | GENE | type I collagen | -
E | E_col | GENE | COL1A1 | -
# Results 1 denied
E | F_gen | COMPOUND | GEN | -
# Results 2 DEX vs control (model stimulus)
E | G_alp | GENE | ALP | -
E | G_dex | COMPOUND | DEX | -
E | G_glp | GENE | GLP-1R | -
E | G_runx2 | GENE | Runx2 | -
E | G_opn | GENE | OPN | -
E | G_col | GENE | COL1A1 | -
# Results 3 (; does not end an English sentence)
E | H_dex1 | COMPOUND | DEX | -
E | H_alp | GENE | ALP | -
E | H_gen1 | COMPOUND | GEN | -
E | H_c1 | CONCENTRATION | 10 and 20 μmol/L | - | 10,20 umol/L
E | H_glp | GENE | GLP-1R | -
E | H_runx2 | GENE | Runx2 | -
E | H_dex2 | COMPOUND | DEX | -
E | H_opn | GENE | OPN | -
E | H_col | GENE | COL1A1 | -
E | H_gen2 | COMPOUND | GEN | -
E | H_c2 | CONCENTRATION | 5 μmol/L | - | 5 umol/L
R | CONC | H_gen1 | H_c1
R | UP | H_gen1 | H_alp
R | UP | H_gen1 | H_glp
R | UP | H_gen1 | H_runx2
R | UP | H_gen1 | H_opn
R | UP | H_gen1 | H_col
R | CONC | H_gen2 | H_c2
# Results 4
E | I_ex | COMPOUND | Exendin(9-39) | -
E | I_gen | COMPOUND | GEN | -
E | I_runx2 | GENE | Runx2 | -
E | I_glp | GENE | GLP-1R | -
R | UP | I_gen | I_runx2
R | DOWN | I_ex | I_runx2
# Conclusion
E | J_gen | COMPOUND | Geniposide | -
E | J_dex | COMPOUND | DEX | -
E | J_bmsc | CELL_TYPE | BMSCs | -
E | J_glp | GENE | GLP-1R | -
E | J_runx2 | GENE | Runx2 | -
R | UP | J_gen | J_bmsc
R | UP | J_gen | J_runx2
