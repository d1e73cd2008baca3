# s0 title (通过 = via: no pathway relation; 大鼠 modifies the cell)
E | t_emo | COMPOUND | 大黄素 | -
E | t_wnt | PATHWAY | Wnt/β-catenin 信号通路 | -
E | t_bmsc | CELL_TYPE | 骨髓间充质干细胞 | -
R | UP | t_emo | t_bmsc
# 目的 1 (class name without 类化合物; 抗炎 is not a disease)
E | a_emo | COMPOUND | 大黄素 | -
E | a_anth | COMPOUND | 蒽醌 | -
# 目的 2 (study aim)
E | b_emo | COMPOUND | 大黄素 | -
E | b_bmsc_l | CELL_TYPE | 骨髓间充质干细胞 | -
E | b_bmsc | CELL_TYPE | BMSCs | -
E | b_wnt | PATHWAY | Wnt/β-catenin 信号通路 | -
R | TI | b_emo | b_bmsc_l
# 方法 1 (SD 大鼠 BMSCs: species modifier of the cell name, as in dev salidroside)
E | c_bmsc | CELL_TYPE | BMSCs | -
# 方法 2 (generic 细胞: no TI)
E | d_cck | COMPOUND | CCK-8 | -
E | d_emo | COMPOUND | 大黄素 | -
E | d_c | CONCENTRATION | 0.1、1、5、10、20 μmol/L | - | 0.1,1,5,10,20 umol/L
R | CONC | d_emo | d_c
# 方法 3 (groups; DKK1 protein reagent: GENE, its amount without relation)
E | e_emo1 | COMPOUND | 大黄素 | -
E | e_c1 | CONCENTRATION | 0.1、1、5 μmol/L | - | 0.1,1,5 umol/L
E | e_emo2 | COMPOUND | 大黄素 | -
E | e_c2 | CONCENTRATION | 5 μmol/L | - | 5 umol/L
E | e_dkk1_l | GENE | Dickkopf 相关蛋白 1 | -
E | e_dkk1 | GENE | DKK1 | -
E | e_c3 | CONCENTRATION | 100 ng/mL | - | 100 ng/mL
R | CONC | e_emo1 | e_c1
R | CONC | e_emo2 | e_c2
# 方法 4 (ends at ；: induction times, no compound in the sentence; 钙结节 is a process word)
E | f_d1 | DURATION | 7 d | -
E | f_alp_l | GENE | 碱性磷酸酶 | -
E | f_alp | GENE | ALP | -
E | f_d2 | DURATION | 21 d | -
E | f_ars | COMPOUND | 茜素红 | -
# 方法 5
E | g_runx2_l | GENE | Runt 相关转录因子 2 | -
E | g_runx2 | GENE | Runx2 | -
E | g_ocn_l | GENE | 骨钙素 | -
E | g_ocn | GENE | OCN | -
E | g_bcat | GENE | β-catenin | -
E | g_ccnd1_l | GENE | 细胞周期蛋白 D1 | -
E | g_ccnd1 | GENE | Cyclin D1 | -
# 结果 1 (0.1~5 μmol/L: nearest preceding 大黄素, effect denied)
E | h_c1 | CONCENTRATION | 20 μmol/L | - | 20 umol/L
E | h_emo | COMPOUND | 大黄素 | -
E | h_bmsc | CELL_TYPE | BMSCs | -
E | h_c2 | CONCENTRATION | 0.1~5 μmol/L | - | 0.1,5 umol/L
R | CONC | h_emo | h_c1
R | DOWN | h_emo | h_bmsc
R | CONC | h_emo | h_c2
# 结果 2 (ends at ；; 胞核 β-catenin = localisation, UP)
E | i_emo | COMPOUND | 大黄素 | -
E | i_alp | GENE | ALP | -
E | i_runx2 | GENE | Runx2 | -
E | i_ocn | GENE | OCN | -
E | i_bcat | GENE | β-catenin | -
R | UP | i_emo | i_alp
R | UP | i_emo | i_runx2
R | UP | i_emo | i_ocn
R | UP | i_emo | i_bcat
# 结果 3 negated (no mention)
# 结果 4 (大黄素诱导的…上调 asserted; named genes whose induced rise is reversed by DKK1 -> DOWN; OCN unchanged)
E | j_dkk1 | GENE | DKK1 | -
E | j_emo | COMPOUND | 大黄素 | -
E | j_alp | GENE | ALP | -
E | j_runx2 | GENE | Runx2 | -
E | j_bcat | GENE | β-catenin | -
E | j_ocn | GENE | OCN | -
R | UP | j_emo | j_alp
R | UP | j_emo | j_runx2
R | UP | j_emo | j_bcat
R | DOWN | j_dkk1 | j_alp
R | DOWN | j_dkk1 | j_runx2
R | DOWN | j_dkk1 | j_bcat
# 结论 (其机制…激活: agent 大黄素; 大鼠 modifies the cell)
E | k_c | CONCENTRATION | 0.1~5 μmol/L | - | 0.1,5 umol/L
E | k_emo | COMPOUND | 大黄素 | -
E | k_bmsc | CELL_TYPE | BMSCs | -
E | k_wnt | PATHWAY | Wnt/β-catenin 信号通路 | -
R | CONC | k_emo | k_c
R | UP | k_emo | k_bmsc
R | UP | k_emo | k_wnt
