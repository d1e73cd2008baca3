# s0 ZH title (通过 GLP-1R = via; 促进…骨髓间充质干细胞成骨分化 -> UP; 地塞米松作用下 = exposure word 作用 -> TI for the stimulus, no regulation from it; 大鼠 modifies the cell)
E | t_gen | COMPOUND | 京尼平苷 | -
E | t_glp | GENE | GLP-1R | -
E | t_dex | COMPOUND | 地塞米松 | -
E | t_bm | CELL_TYPE | 骨髓间充质干细胞 | -
R | UP | t_gen | t_bm
R | TI | t_dex | t_bm
# s1 background (导致: no relation type; 抑制骨形成: process)
E | a_gc | COMPOUND | 糖皮质激素 | -
E | a_op | DISEASE | 骨质疏松 | -
# s2 (环烯醚萜苷类成分: class descriptor in predicate, not annotated; plant source)
E | b_gen | COMPOUND | 京尼平苷 | -
E | b_gard | ORGANISM | 栀子 | -
E | b_glp | GENE | GLP-1R | -
R | UP | b_gen | b_glp
# s3 aim (study aim -> TI; DEX 抑制的…成骨分化: model stimulus as modifier, no relation; 在其中的作用 neutral)
E | c_gen | COMPOUND | 京尼平苷 | -
E | c_GEN | COMPOUND | GEN | -
E | c_dex | COMPOUND | 地塞米松 | -
E | c_DEX | COMPOUND | DEX | -
E | c_bm | CELL_TYPE | 骨髓间充质干细胞 | -
E | c_bms | CELL_TYPE | BMSCs | -
E | c_glp_l | GENE | 胰高血糖素样肽-1 受体 | -
E | c_glp | GENE | GLP-1R | -
R | TI | c_gen | c_bm
# s4 方法 (BMSCs named earlier in the sentence; group allocation: every compound of every arm label -> TI; concentrations to the mention they are attached to; antagonist -> target; SD 大鼠 modifies the cell)
E | d_bms | CELL_TYPE | BMSCs | -
E | d_dex1 | COMPOUND | DEX | -
E | d_c1 | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | d_dex2 | COMPOUND | DEX | -
E | d_gen2 | COMPOUND | GEN | -
E | d_gen2b | COMPOUND | GEN | -
E | d_c2 | CONCENTRATION | 5、10、20 μmol/L | - | 5,10,20 umol/L
E | d_dex3 | COMPOUND | DEX | -
E | d_gen3 | COMPOUND | GEN | -
E | d_c3 | CONCENTRATION | 20 μmol/L | - | 20 umol/L
E | d_glp | GENE | GLP-1R | -
E | d_ex | COMPOUND | Exendin（9-39） | -
E | d_c4 | CONCENTRATION | 100 nmol/L | - | 100 nmol/L
R | TI | d_dex1 | d_bms
R | CONC | d_dex1 | d_c1
R | TI | d_dex2 | d_bms
R | TI | d_gen2 | d_bms
R | CONC | d_gen2b | d_c2
R | TI | d_dex3 | d_bms
R | TI | d_gen3 | d_bms
R | CONC | d_gen3 | d_c3
R | DOWN | d_ex | d_glp
R | TI | d_ex | d_bms
R | CONC | d_ex | d_c4
# s5 measurements (第 7 天 / 第 14 天 time points)
E | e_cck | COMPOUND | CCK-8 | -
E | e_alp_l | GENE | 碱性磷酸酶 | -
E | e_alp | GENE | ALP | -
E | e_ars | COMPOUND | 茜素红 | -
E | e_glp | GENE | GLP-1R | -
E | e_runx2 | GENE | Runx2 | -
E | e_opn_l | GENE | 骨桥蛋白 | -
E | e_opn | GENE | OPN | -
E | e_col_l | GENE | Ⅰ型胶原 | -
E | e_col | GENE | COL1A1 | -
# s6 negated
E | f_gen | COMPOUND | GEN | -
# s7 (DEX = model stimulus: no regulation from it (v1.3); 钙结节 not annotated)
E | g_dex | COMPOUND | DEX | -
E | g_alp | GENE | ALP | -
E | g_glp | GENE | GLP-1R | -
E | g_runx2 | GENE | Runx2 | -
E | g_opn | GENE | OPN | -
E | g_col | GENE | COL1A1 | -
# s8 (agent = compound of the group label)
E | h_dex | COMPOUND | DEX | -
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
# s9 (no effect; concentration kept)
E | i_gen | COMPOUND | GEN | -
E | i_c | CONCENTRATION | 5 μmol/L | - | 5 umol/L
R | CONC | i_gen | i_c
# s10 (GEN 对 Runx2 表达的促进作用 asserted; named gene whose induced expression the antagonist weakens -> DOWN; GLP-1R unchanged)
E | j_ex | COMPOUND | Exendin（9-39） | -
E | j_gen | COMPOUND | GEN | -
E | j_runx2 | GENE | Runx2 | -
E | j_glp | GENE | GLP-1R | -
E | j_dex | COMPOUND | DEX | -
E | j_gen2 | COMPOUND | GEN | -
E | j_c | CONCENTRATION | 20 μmol/L | - | 20 umol/L
R | UP | j_gen | j_runx2
R | DOWN | j_ex | j_runx2
R | CONC | j_gen2 | j_c
# s11 结论 (antagonising the inhibition of differentiation = restoring -> UP; Runx2 上调 by the elided agent 京尼平苷; GLP-1R 介导 neutral; 其 -> 京尼平苷, 防治 -> TREATS)
E | k_gen | COMPOUND | 京尼平苷 | -
E | k_dex | COMPOUND | 地塞米松 | -
E | k_bms | CELL_TYPE | BMSCs | -
E | k_glp | GENE | GLP-1R | -
E | k_runx2 | GENE | Runx2 | -
E | k_giop | DISEASE | 糖皮质激素性骨质疏松 | -
R | UP | k_gen | k_bms
R | UP | k_gen | k_runx2
R | TREATS | k_gen | k_giop
# EN title ("under dexamethasone" read as exposure, as the Chinese 作用下)
E | T_gen | COMPOUND | Geniposide | -
E | T_bm | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | T_dex | COMPOUND | dexamethasone | -
E | T_glp | GENE | GLP-1R | -
R | UP | T_gen | T_bm
R | TI | T_dex | T_bm
# Objective (study aim; "an iridoid glycoside" appositive class descriptor; plant source; inhibited by DEX: modifier)
E | A_gen | COMPOUND | geniposide | -
E | A_GEN | COMPOUND | GEN | -
E | A_gard | ORGANISM | Gardenia | -
E | A_bm | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | A_bms | CELL_TYPE | BMSCs | -
E | A_dex | COMPOUND | dexamethasone | -
E | A_DEX | COMPOUND | DEX | -
E | A_glp_l | GENE | glucagon-like peptide-1 receptor | -
E | A_glp | GENE | GLP-1R | -
R | TI | A_gen | A_bm
# Methods 1 ("SD rat" modifies the cell name)
E | B_bms | CELL_TYPE | BMSCs | -
# Methods 2 ("Passage 3 cells": generic, no TESTED_IN)
E | C_dex1 | COMPOUND | DEX | -
E | C_c1 | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | C_dex2 | COMPOUND | DEX | -
E | C_gen2 | COMPOUND | GEN | -
E | C_gen2b | COMPOUND | GEN | -
E | C_c2 | CONCENTRATION | 5, 10, 20 μmol/L | - | 5,10,20 umol/L
E | C_dex3 | COMPOUND | DEX | -
E | C_gen3 | COMPOUND | GEN | -
E | C_c3 | CONCENTRATION | 20 μmol/L | - | 20 umol/L
E | C_ex | COMPOUND | Exendin(9-39) | -
E | C_glp | GENE | GLP-1R | -
E | C_c4 | CONCENTRATION | 100 nmol/L | - | 100 nmol/L
R | CONC | C_dex1 | C_c1
R | CONC | C_gen2b | C_c2
R | CONC | C_gen3 | C_c3
R | DOWN | C_ex | C_glp
R | CONC | C_ex | C_c4
# Methods 3 (day 7 / day 14 time points)
E | D_cck | COMPOUND | CCK-8 | -
E | D_alp | GENE | ALP | -
E | D_ars | COMPOUND | alizarin red | -
# Methods 4
E | E_glp | GENE | GLP-1R | -
E | E_runx2 | GENE | Runx2 | -
E | E_opn_l | GENE | osteopontin | -
E | E_opn | GENE | OPN | -
E | E_col_l | GENE | type I collagen | -
E | E_col | GENE | COL1A1 | -
# Results 1 negated
E | F_gen | COMPOUND | GEN | -
# Results 2 (DEX = model stimulus: no relation; calcium nodules not annotated)
E | G_alp | GENE | ALP | -
E | G_dex | COMPOUND | DEX | -
E | G_glp | GENE | GLP-1R | -
E | G_runx2 | GENE | Runx2 | -
E | G_opn | GENE | OPN | -
E | G_col | GENE | COL1A1 | -
# Results 3 (one sentence up to the full stop)
E | H_dex | COMPOUND | DEX | -
E | H_alp | GENE | ALP | -
E | H_gen | COMPOUND | GEN | -
E | H_c | CONCENTRATION | 10 and 20 μmol/L | - | 10,20 umol/L
E | H_glp | GENE | GLP-1R | -
E | H_runx2 | GENE | Runx2 | -
E | H_dex2 | COMPOUND | DEX | -
E | H_opn | GENE | OPN | -
E | H_col | GENE | COL1A1 | -
E | H_gen2 | COMPOUND | GEN | -
E | H_c2 | CONCENTRATION | 5 μmol/L | - | 5 umol/L
R | CONC | H_gen | H_c
R | UP | H_gen | H_alp
R | UP | H_gen | H_glp
R | UP | H_gen | H_runx2
R | UP | H_gen | H_opn
R | UP | H_gen | H_col
R | CONC | H_gen2 | H_c2
# Results 4 (GEN's promotion of Runx2 asserted; weakened by the antagonist -> DOWN to the named gene)
E | I_ex | COMPOUND | Exendin(9-39) | -
E | I_gen | COMPOUND | GEN | -
E | I_runx2 | GENE | Runx2 | -
E | I_glp | GENE | GLP-1R | -
R | UP | I_gen | I_runx2
R | DOWN | I_ex | I_runx2
# Conclusion
E | J_gen | COMPOUND | Geniposide | -
E | J_dex | COMPOUND | DEX | -
E | J_bms | CELL_TYPE | BMSCs | -
E | J_glp | GENE | GLP-1R | -
E | J_runx2 | GENE | Runx2 | -
R | UP | J_gen | J_bms
R | UP | J_gen | J_runx2
