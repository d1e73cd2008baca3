# title (激活 pathway = UP; 抑制破骨细胞生成 = DOWN of the cell; RANKL model stimulus)
E | t_pue | COMPOUND | 葛根素 | -
E | t_path | PATHWAY | Nrf2抗氧化通路 | -
E | t_rankl | GENE | RANKL | -
E | t_oc | CELL_TYPE | 破骨细胞 | -
R | UP | t_pue | t_path
R | DOWN | t_pue | t_oc
# s1 (lines 2-3; 参与 = neutral)
E | a_rosl | COMPOUND | 活性氧 | -
E | a_ros | COMPOUND | ROS | -
E | a_rankll | GENE | 核因子κB受体活化因子配体 | -
E | a_rankl | GENE | RANKL | -
E | a_oc | CELL_TYPE | 破骨细胞 | -
# s2 study aim (骨髓巨噬\n细胞 is broken by a hard line break and cannot be spanned: TESTED_IN goes to BMMs; 小鼠 modifies the cell name)
E | b_pue | COMPOUND | 葛根素 | -
E | b_Pue | COMPOUND | Pue | -
E | adj_102 | CELL_TYPE | 骨髓巨噬细胞@102 | -
E | b_bmm | CELL_TYPE | BMMs | -
E | b_nrf2l | GENE | 核因子E2相关因子2 | -
E | b_nrf2 | GENE | Nrf2 | -
# s3 methods (lines 4-8; 1×105个/孔 = seeding density; M-CSF/RANKL amounts: GENE, no link; 10、\n25、50μmol/L broken by a line break: only 25、50μmol/L spannable; Pue-L/M/H coded labels)
E | c_mouse | ORGANISM | C57BL/6小鼠 | -
E | c_bmm | CELL_TYPE | BMMs | -
E | c_mcsfl | GENE | 巨噬细胞集落刺激因子 | -
E | c_mcsf | GENE | M-CSF | -
E | c_c1 | CONCENTRATION | 30ng/mL | - | 30 ng/mL
E | c_rankl | GENE | RANKL | -
E | c_c2 | CONCENTRATION | 100ng/mL | - | 100 ng/mL
E | c_oc | CELL_TYPE | 破骨细胞 | -
E | c_pue | COMPOUND | 葛根素 | -
E | adj_256 | CONCENTRATION | 10、25、50μmol/L@256 | - | 10,25,50 umol/L
E | c_d | DURATION | 6d | -
E | c_nrf2 | GENE | Nrf2 | -
E | c_ml | COMPOUND | ML385 | -
E | c_c4 | CONCENTRATION | 5μmol/L | - | 5 umol/L
R | TI | c_pue | c_bmm
R | DUR | c_pue | c_d
R | DOWN | c_ml | c_nrf2
R | CONC | c_ml | c_c4
R | TI | c_ml | c_bmm
# s4 measurements (lines 8-11; 血红素加\n氧酶-1 broken by a line break: not spannable; F-肌动蛋白 on one line here)
E | d_cck | COMPOUND | CCK-8 | -
E | d_trap | GENE | TRAP | -
E | d_oc | CELL_TYPE | 破骨细胞 | -
E | d_phal | COMPOUND | 鬼笔环肽 | -
E | d_fact | GENE | F-肌动蛋白 | -
E | d_dcf | COMPOUND | DCFH-DA | -
E | d_ros | COMPOUND | ROS | -
E | d_nfat1 | GENE | NFATc1 | -
E | d_fos | GENE | c-Fos | -
E | d_acp5 | GENE | Acp5 | -
E | d_ctsk | GENE | Ctsk | -
E | d_dcst | GENE | Dc-stamp | -
E | d_nrf2 | GENE | Nrf2 | -
E | adj_466 | GENE | 血红素加氧酶-1@466 | -
E | d_ho1 | GENE | HO-1 | -
E | d_nqo1l | GENE | 醌氧化还原酶1 | -
E | d_nqo1 | GENE | NQO1 | -
E | d_nfat2 | GENE | NFATc1 | -
# s5 (negated; concentration of the following 葛根素)
E | e_c | CONCENTRATION | 50μmol/L | - | 50 umol/L
E | e_pue | COMPOUND | 葛根素 | -
E | e_bmm | CELL_TYPE | BMMs | -
R | CONC | e_pue | e_c
# s6 (agent only as coded labels Pue-M/Pue-H: no compound mention, no relation; F-肌\n动蛋白 not spannable)
E | f_rankl | GENE | RANKL | -
E | f_trap | GENE | TRAP | -
E | f_mnc | CELL_TYPE | 多核细胞 | -
E | adj_579 | GENE | F-肌动蛋白@579 | -
E | f_ros | COMPOUND | ROS | -
E | f_nfat | GENE | NFATc1 | -
E | f_fos | GENE | c-Fos | -
E | f_acp5 | GENE | Acp5 | -
E | f_ctsk | GENE | Ctsk | -
E | f_dcst | GENE | Dc-stamp | -
# s7 (no agent in the sentence)
E | g_nrf2 | GENE | Nrf2 | -
E | g_ho1 | GENE | HO-1 | -
E | g_nqo1 | GENE | NQO1 | -
# s8 (inhibitor reverses the compound's effect: nothing)
E | h_ml | COMPOUND | ML385 | -
E | h_ros | COMPOUND | ROS | -
E | h_oc | CELL_TYPE | 破骨细胞 | -
# s9
E | i_ros | COMPOUND | ROS | -
E | i_oc | CELL_TYPE | 破骨细胞 | -
E | i_rankl | GENE | RANKL | -
# s10 conclusion (清除 ROS = DOWN)
E | j_pue | COMPOUND | 葛根素 | -
E | j_path | PATHWAY | Nrf2/HO-1抗氧化通路 | -
E | j_ros | COMPOUND | ROS | -
E | j_rankl | GENE | RANKL | -
E | j_oc | CELL_TYPE | 破骨细胞 | -
R | UP | j_pue | j_path
R | DOWN | j_pue | j_ros
R | DOWN | j_pue | j_oc
R | TI | b_pue | adj_102
R | CONC | c_pue | adj_256
