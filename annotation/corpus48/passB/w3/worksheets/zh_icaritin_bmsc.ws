# [0] title (…的研究 = aim title -> TI; 调控 neutral; 小鼠 modifies the cell)
E | t_ict | COMPOUND | 淫羊藿素 | -
E | t_bm | CELL_TYPE | 骨髓间充质干细胞 | -
R | TI | t_ict | t_bm
# [1] 目的 (aim = TI, long form)
E | a_ict | COMPOUND | 淫羊藿素 | -
E | a_icten | COMPOUND | icaritin | -
E | a_ICT | COMPOUND | ICT | -
E | a_bm_l | CELL_TYPE | 骨髓间充质干细胞 | -
E | a_bm | CELL_TYPE | BMSCs | -
E | a_ppar_l | GENE | 过氧化物酶体增殖物激活受体γ | -
E | a_ppar | GENE | PPARγ | -
E | a_runx2_l | GENE | Runt相关转录因子2 | -
E | a_runx2 | GENE | Runx2 | -
R | TI | a_ict | a_bm_l
# [2] source animal (strain named)
E | b_mouse | ORGANISM | C57BL/6小鼠 | -
E | b_bm | CELL_TYPE | BMSCs | -
# [3] treatment (第3代细胞 generic: no TI; ICT-L/M/H coded; cell density not a concentration)
E | c_ict | COMPOUND | ICT | -
E | c_c | CONCENTRATION | 10-8、10-7、10-6 mol/L | - | 1e-8,1e-7,1e-6 mol/L
R | CONC | c_ict | c_c
# [4] agonist -> target = UP (ICT-H coded)
E | d_ppar | GENE | PPARγ | -
E | d_rosi | COMPOUND | 罗格列酮 | -
E | d_c | CONCENTRATION | 1 μmol/L | - | 1 umol/L
R | UP | d_rosi | d_ppar
R | CONC | d_rosi | d_c
# [5] induction times (no compound in the sentence); stains
E | e_d1 | DURATION | 14 d | -
E | e_oro | COMPOUND | 油红O | -
E | e_d2 | DURATION | 7 d | -
E | e_alp_l | GENE | 碱性磷酸酶 | -
E | e_alp | GENE | ALP | -
E | e_d3 | DURATION | 21 d | -
E | e_ars | COMPOUND | 茜素红 | -
# [6] measurements
E | f_ppar | GENE | PPARγ | -
E | f_cebpa | GENE | C/EBPα | -
E | f_ap2 | GENE | aP2 | -
E | f_runx2 | GENE | Runx2 | -
E | f_osx_l | GENE | Osterix | -
E | f_osx | GENE | Osx | -
E | f_ocn_l | GENE | 骨钙素 | -
E | f_ocn | GENE | OCN | -
E | f_ppar2 | GENE | PPARγ | -
E | f_runx2b | GENE | Runx2 | -
# [7] agent = ICT of ICT各组 (ICT-M/H coded)
E | g_ict | COMPOUND | ICT | -
E | g_oro | COMPOUND | 油红O | -
E | g_ppar | GENE | PPARγ | -
E | g_cebpa | GENE | C/EBPα | -
E | g_ap2 | GENE | aP2 | -
R | DOWN | g_ict | g_ppar
R | DOWN | g_ict | g_cebpa
R | DOWN | g_ict | g_ap2
# [8] no agent in this sentence (previous one ended at ；): no relation
E | h_alp | GENE | ALP | -
E | h_runx2 | GENE | Runx2 | -
E | h_osx | GENE | Osx | -
E | h_ocn | GENE | OCN | -
# [9] ICT-L coded, negated
E | i_runx2 | GENE | Runx2 | -
# [10] reversal by the agonist: nothing; ratio: nothing
E | j_rosi | COMPOUND | 罗格列酮 | -
E | j_ppar | GENE | PPARγ | -
E | j_runx2 | GENE | Runx2 | -
E | j_runx2b | GENE | Runx2 | -
E | j_ppar2 | GENE | PPARγ | -
# [11] 结论 (inhibit adipogenic differentiation = DOWN of BMSCs; promote osteogenic = UP, link X only; 解除 PPARγ 对 Runx2 的抑制)
E | k_ict | COMPOUND | 淫羊藿素 | -
E | k_bm | CELL_TYPE | BMSCs | -
E | k_adipo | CELL_TYPE | 脂肪细胞 | -
E | k_ob | CELL_TYPE | 成骨细胞 | -
E | k_ppar | GENE | PPARγ | -
E | k_runx2 | GENE | Runx2 | -
R | DOWN | k_ict | k_bm
R | UP | k_ict | k_bm
R | DOWN | k_ict | k_ppar
R | UP | k_ict | k_runx2
R | DOWN | k_ppar | k_runx2
