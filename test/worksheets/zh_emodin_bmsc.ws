# title (通过 = neutral for the pathway; 大鼠 modifies the cell name)
E | t_emo | COMPOUND | 大黄素 | -
E | t_wnt | PATHWAY | Wnt/β-catenin 信号通路 | -
E | t_bm | CELL_TYPE | 骨髓间充质干细胞 | -
R | UP | t_emo | t_bm
# 目的 1 (蒽醌类化合物: class descriptor of the compound, not annotated, as 'flavonol' in dev)
E | a_emo | COMPOUND | 大黄素 | -
# 目的 2 study aim
E | adj_48 | COMPOUND | 蒽醌@48 | -
E | b_emo | COMPOUND | 大黄素 | -
E | b_bm | CELL_TYPE | 骨髓间充质干细胞 | -
E | b_bms | CELL_TYPE | BMSCs | -
E | b_wnt | PATHWAY | Wnt/β-catenin 信号通路 | -
R | TI | b_emo | b_bm
# 方法 1 (SD 大鼠 modifies BMSCs)
E | c_bms | CELL_TYPE | BMSCs | -
# 方法 2 (细胞 generic: no TESTED_IN)
E | d_cck | COMPOUND | CCK-8 | -
E | d_emo | COMPOUND | 大黄素 | -
E | d_c | CONCENTRATION | 0.1、1、5、10、20 μmol/L | - | 0.1,1,5,10,20 umol/L
R | CONC | d_emo | d_c
# 方法 3 groups (DKK1: GENE, no target named)
E | e_emo1 | COMPOUND | 大黄素 | -
E | e_c1 | CONCENTRATION | 0.1、1、5 μmol/L | - | 0.1,1,5 umol/L
E | e_emo2 | COMPOUND | 大黄素 | -
E | e_c2 | CONCENTRATION | 5 μmol/L | - | 5 umol/L
E | e_dkkl | GENE | Dickkopf 相关蛋白 1 | -
E | e_dkk | GENE | DKK1 | -
E | e_c3 | CONCENTRATION | 100 ng/mL | - | 100 ng/mL
R | CONC | e_emo1 | e_c1
R | CONC | e_emo2 | e_c2
# 方法 4 (induction times, no compound; 钙结节 not annotated)
E | f_d1 | DURATION | 7 d | -
E | f_alpl | GENE | 碱性磷酸酶 | -
E | f_alp | GENE | ALP | -
E | f_d2 | DURATION | 21 d | -
E | f_ars | COMPOUND | 茜素红 | -
# 方法 5
E | g_runx2l | GENE | Runt 相关转录因子 2 | -
E | g_runx2 | GENE | Runx2 | -
E | g_ocnl | GENE | 骨钙素 | -
E | g_ocn | GENE | OCN | -
E | g_bcat | GENE | β-catenin | -
E | g_ccndl | GENE | 细胞周期蛋白 D1 | -
E | g_ccnd | GENE | Cyclin D1 | -
# 结果 1 (second clause negated: HAS_CONCENTRATION only, nearest preceding 大黄素)
E | h_c1 | CONCENTRATION | 20 μmol/L | - | 20 umol/L
E | h_emo | COMPOUND | 大黄素 | -
E | h_bms | CELL_TYPE | BMSCs | -
E | h_c2 | CONCENTRATION | 0.1~5 μmol/L | - | 0.1,5 umol/L
R | CONC | h_emo | h_c1
R | DOWN | h_emo | h_bms
R | CONC | h_emo | h_c2
# 结果 2 (group label agent)
E | i_emo | COMPOUND | 大黄素 | -
E | i_alp | GENE | ALP | -
E | i_runx2 | GENE | Runx2 | -
E | i_ocn | GENE | OCN | -
E | i_bcat | GENE | β-catenin | -
R | UP | i_emo | i_alp
R | UP | i_emo | i_runx2
R | UP | i_emo | i_ocn
R | UP | i_emo | i_bcat
# 结果 3: no mentions
# 结果 4 (大黄素诱导的 X 升高 asserted; named genes' induced rise reversed by DKK1 → DOWN(DKK1 → gene); OCN unchanged)
E | j_dkk | GENE | DKK1 | -
E | j_emo | COMPOUND | 大黄素 | -
E | j_alp | GENE | ALP | -
E | j_runx2 | GENE | Runx2 | -
E | j_bcat | GENE | β-catenin | -
E | j_ocn | GENE | OCN | -
R | UP | j_emo | j_alp
R | UP | j_emo | j_runx2
R | UP | j_emo | j_bcat
R | DOWN | j_dkk | j_alp
R | DOWN | j_dkk | j_runx2
R | DOWN | j_dkk | j_bcat
# 结论
E | k_c | CONCENTRATION | 0.1~5 μmol/L | - | 0.1,5 umol/L
E | k_emo | COMPOUND | 大黄素 | -
E | k_bms | CELL_TYPE | BMSCs | -
E | k_wnt | PATHWAY | Wnt/β-catenin 信号通路 | -
R | CONC | k_emo | k_c
R | UP | k_emo | k_bms
R | UP | k_emo | k_wnt
