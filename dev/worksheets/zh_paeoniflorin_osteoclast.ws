# s0 title (通过抑制…通路 = DOWN of the pathway; inhibits the cell line's osteoclast differentiation = DOWN; RANKL 诱导 model stimulus)
E | t_pf | COMPOUND | 芍药苷 | -
E | t_path | PATHWAY | NF-κB/NFATc1通路 | -
E | t_rankl | GENE | RANKL | -
E | t_raw | CELL_LINE | RAW264.7 | -
R | DOWN | t_pf | t_path
R | DOWN | t_pf | t_raw
# s1 aim + methods (study aim TI to 破骨细胞; 加入 to RAW264.7 (the object); PDTC group; RANKL amount/duration unlinked; 小鼠 modifies the cell name)
E | a_pf | COMPOUND | 芍药苷 | -
E | a_pfen | COMPOUND | paeoniflorin | -
E | a_PF | COMPOUND | PF | -
E | a_oc | CELL_TYPE | 破骨细胞 | -
E | a_mono | CELL_TYPE | 单核巨噬细胞 | -
E | a_raw | CELL_LINE | RAW264.7 | -
E | a_c1 | CONCENTRATION | 50 ng/mL | - | 50 ng/mL
E | a_rankll | GENE | 核因子κB受体活化因子配体 | -
E | a_rankl | GENE | RANKL | -
E | a_d | DURATION | 5 d | -
E | a_oc2 | CELL_TYPE | 破骨细胞 | -
E | a_c2 | CONCENTRATION | 25、50、100 μmol/L | - | 25,50,100 umol/L
E | a_pf2 | COMPOUND | 芍药苷 | -
E | a_rankl2 | GENE | RANKL | -
E | a_nfkb | GENE | NF-κB | -
E | a_pdtc | COMPOUND | PDTC | -
E | a_c3 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
R | TI | a_pf | a_oc
R | TI | a_pf2 | a_raw
R | CONC | a_pf2 | a_c2
R | TI | a_pdtc | a_raw
R | CONC | a_pdtc | a_c3
R | DOWN | a_pdtc | a_nfkb
# s2 assays
E | b_cck | COMPOUND | CCK-8 | -
E | b_trapl | GENE | 抗酒石酸酸性磷酸酶 | -
E | b_trap | GENE | TRAP | -
E | b_trap2 | GENE | TRAP | -
E | b_phal | COMPOUND | 鬼笔环肽 | -
E | b_fact | GENE | F-actin | -
# s3 measurements (NF-κB p65: two adjacent names)
E | c_nfat | GENE | NFATc1 | -
E | c_fos | GENE | c-Fos | -
E | c_ctskl | GENE | 组织蛋白酶K | -
E | c_ctsk | GENE | CTSK | -
E | c_acp5 | GENE | Acp5 | -
E | c_mmp9 | GENE | MMP-9 | -
E | c_pikb | GENE | p-IκBα | -
E | c_ikb | GENE | IκBα | -
E | c_pp65 | GENE | p-p65 | -
E | c_p65 | GENE | p65 | -
E | c_nfat2 | GENE | NFATc1 | -
E | c_nfkb | GENE | NF-κB | -
E | c_p65b | GENE | p65 | -
# s4 (negated effect; concentration kept)
E | d_pf | COMPOUND | 芍药苷 | -
E | d_c | CONCENTRATION | 200 μmol/L | - | 200 umol/L
E | d_raw | CELL_LINE | RAW264.7 | -
R | CONC | d_pf | d_c
# s5 (PF-M/PF-H coded: no agent; 多核细胞 as CELL_TYPE like 多核巨细胞)
E | e_trap | GENE | TRAP | -
E | e_mnc | CELL_TYPE | 多核细胞 | -
E | e_fact | GENE | F-actin | -
# s6 (no agent; PF-L coded)
E | f_nfat | GENE | NFATc1 | -
E | f_fos | GENE | c-Fos | -
E | f_ctsk | GENE | CTSK | -
E | f_acp5 | GENE | Acp5 | -
E | f_mmp9 | GENE | MMP-9 | -
E | f_ctsk2 | GENE | CTSK | -
# s7 (RANKL stimulus: no relation; inhibiting IκBα degradation = UP; ratio no relation; less p65 入核 = DOWN; NFATc1 agent elided)
E | g_rankl | GENE | RANKL | -
E | g_d | DURATION | 30 min | -
E | g_ikb | GENE | IκBα | -
E | g_p65 | GENE | p65 | -
E | g_pf | COMPOUND | 芍药苷 | -
E | g_ikb2 | GENE | IκBα | -
E | g_pp65 | GENE | p-p65 | -
E | g_p65b | GENE | p65 | -
E | g_p65c | GENE | p65 | -
E | g_nfat | GENE | NFATc1 | -
E | g_pdtc | COMPOUND | PDTC | -
R | UP | g_pf | g_ikb2
R | DOWN | g_pf | g_p65c
R | DOWN | g_pf | g_nfat
# s8 结论
E | h_pf | COMPOUND | 芍药苷 | -
E | h_rankl | GENE | RANKL | -
E | h_oc | CELL_TYPE | 破骨细胞 | -
E | h_nfkb | GENE | NF-κB | -
E | h_p65 | GENE | p65 | -
E | h_nfat | GENE | NFATc1 | -
E | h_pf2 | COMPOUND | 芍药苷 | -
E | h_op | DISEASE | 骨质疏松 | -
E | h_ol | DISEASE | 溶骨性疾病 | -
R | DOWN | h_pf | h_oc
R | DOWN | h_pf | h_p65
R | DOWN | h_pf | h_nfat
R | TREATS | h_pf2 | h_op
R | TREATS | h_pf2 | h_ol
