# s0 title (经…通路 = via; RANKL/脂多糖 stimuli written as modifiers: no relation; 骨丢失 is a process, not a disease; 小鼠 = experimental animal)
E | t_ua | COMPOUND | 熊果酸 | -
E | t_path | PATHWAY | NF-κB/c-Fos通路 | -
E | t_rankl | GENE | RANKL | -
E | t_oc | CELL_TYPE | 破骨细胞 | -
E | t_lps | COMPOUND | 脂多糖 | -
E | t_mouse | ORGANISM | 小鼠 | -
R | DOWN | t_ua | t_oc
# s1 目的 (研究 X 对 Y 形成的影响 -> TI)
E | a_ua | COMPOUND | 熊果酸 | -
E | a_uaen | COMPOUND | ursolic acid | -
E | a_UA | COMPOUND | UA | -
E | a_ranklL | GENE | 核因子κB受体活化因子配体 | -
E | a_rankl | GENE | RANKL | -
E | a_oc | CELL_TYPE | 破骨细胞 | -
E | a_lpsl | COMPOUND | 脂多糖 | -
E | a_lps | COMPOUND | LPS | -
R | TI | a_ua | a_oc
# s2 方法 (小鼠 modifies the cell; 前体细胞 generic; protein reagents GENE, amounts unlinked; 给予UA干预 -> TI to the BMMs cultured)
E | b_bmml | CELL_TYPE | 骨髓巨噬细胞 | -
E | b_bmm | CELL_TYPE | BMMs | -
E | b_mcsf | GENE | M-CSF | -
E | b_c1 | CONCENTRATION | 30 ng/mL | - | 30 ng/mL
E | b_rankl | GENE | RANKL | -
E | b_c2 | CONCENTRATION | 50 ng/mL | - | 50 ng/mL
E | b_oc | CELL_TYPE | 破骨细胞 | -
E | b_ua | COMPOUND | UA | -
E | b_c3 | CONCENTRATION | 0.5、1、2 μmol/L | - | 0.5,1,2 umol/L
E | b_d | DURATION | 5 d | -
R | TI | b_ua | b_bmml
R | CONC | b_ua | b_c3
R | DUR | b_ua | b_d
# s3 (多核破骨细胞: 多核 descriptor; phalloidin reagent; F-肌动蛋白 = F-actin)
E | c_trapl | GENE | 抗酒石酸酸性磷酸酶 | -
E | c_trap | GENE | TRAP | -
E | c_oc | CELL_TYPE | 破骨细胞 | -
E | c_phal | COMPOUND | 鬼笔环肽 | -
E | c_fact | GENE | F-肌动蛋白 | -
# s4
E | d_acp5 | GENE | Acp5 | -
E | d_ctsk | GENE | Ctsk | -
E | d_dcst | GENE | Dc-stamp | -
E | d_nfat | GENE | Nfatc1 | -
# s5
E | e_ikb | GENE | IκBα | -
E | e_p65a | GENE | p65 | -
E | e_cfos | GENE | c-Fos | -
E | e_nfat | GENE | NFATc1 | -
E | e_p65b | GENE | p65 | -
# s6 animals (group allocation: each compound of each arm -> TI; LPS model injection with exposure word -> TI + CONC; 第1、4天 time points; 骨溶解面积 a measured parameter)
E | f_mouse | ORGANISM | C57BL/6小鼠 | -
E | f_lps1 | COMPOUND | LPS | -
E | f_c1 | CONCENTRATION | 5 mg/kg | - | 5 mg/kg
E | f_lps2 | COMPOUND | LPS | -
E | f_ua1 | COMPOUND | UA | -
E | f_c2 | CONCENTRATION | 5 mg/kg | - | 5 mg/kg
E | f_lps3 | COMPOUND | LPS | -
E | f_ua2 | COMPOUND | UA | -
E | f_c3 | CONCENTRATION | 10 mg/kg | - | 10 mg/kg
E | f_ua3 | COMPOUND | UA | -
E | f_d | DURATION | 7 d | -
E | f_trap | GENE | TRAP | -
R | TI | f_lps1 | f_mouse
R | CONC | f_lps1 | f_c1
R | TI | f_lps2 | f_mouse
R | TI | f_ua1 | f_mouse
R | CONC | f_ua1 | f_c2
R | TI | f_lps3 | f_mouse
R | TI | f_ua2 | f_mouse
R | CONC | f_ua2 | f_c3
R | TI | f_ua3 | f_mouse
R | DUR | f_ua3 | f_d
# s7 results (BMMs viability unaffected: denied; fewer TRAP+ multinucleated cells -> DOWN; F-actin ring formation (morphology): none)
E | g_ua | COMPOUND | UA | -
E | g_c1 | CONCENTRATION | 2 μmol/L | - | 2 umol/L
E | g_bmm | CELL_TYPE | BMMs | -
E | g_trap | GENE | TRAP | -
E | g_mnc | CELL_TYPE | 多核细胞 | -
E | g_c2 | CONCENTRATION | 2 μmol/L | - | 2 umol/L
E | g_rankl | GENE | RANKL | -
E | g_fact | GENE | F-肌动蛋白 | -
R | CONC | g_ua | g_c1
R | CONC | g_ua | g_c2
R | DOWN | g_ua | g_mnc
# s8 (破骨细胞 inside 破骨细胞特异性基因: generic genes, no cell relation; inhibited IκBα degradation -> UP IκBα; p65 phosphorylation / nuclear translocation -> DOWN)
E | h_ua | COMPOUND | UA | -
E | h_oc | CELL_TYPE | 破骨细胞 | -
E | h_rankl | GENE | RANKL | -
E | h_ikb | GENE | IκBα | -
E | h_p65 | GENE | p65 | -
E | h_cfos | GENE | c-Fos | -
E | h_nfat | GENE | NFATc1 | -
R | UP | h_ua | h_ikb
R | DOWN | h_ua | h_p65
R | DOWN | h_ua | h_cfos
R | DOWN | h_ua | h_nfat
# s9 denied
E | i_ua | COMPOUND | UA | -
E | i_rankl | GENE | RANKL | -
E | i_p38 | GENE | p38 | -
# s10 in vivo (no organism named: no TI; TRAP-positive cell count, generic 细胞: none)
E | j_lps | COMPOUND | LPS | -
E | j_ua | COMPOUND | UA | -
E | j_trap | GENE | TRAP | -
# s12 结论 (炎性骨丢失 process, no TREATS)
E | k_ua | COMPOUND | 熊果酸 | -
E | k_nfkb | GENE | NF-κB | -
E | k_cfos | GENE | c-Fos | -
E | k_nfat | GENE | NFATc1 | -
E | k_oc | CELL_TYPE | 破骨细胞 | -
E | k_lps | COMPOUND | LPS | -
R | DOWN | k_ua | k_nfkb
R | DOWN | k_ua | k_cfos
R | DOWN | k_ua | k_nfat
R | DOWN | k_ua | k_oc
