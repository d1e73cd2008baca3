# title (抑制 RAW264.7 细胞破骨分化 = DOWN of the cell line; RANKL model stimulus; 机制研究 is not an 对…影响 aim)
E | t_tan | COMPOUND | 丹参酮ⅡA | -
E | t_rankll | GENE | 核因子κB受体活化因子配体 | -
E | t_raw | CELL_LINE | RAW264.7 | -
R | DOWN | t_tan | t_raw
# 目的 1 background
E | a_oc | CELL_TYPE | 破骨细胞 | -
E | a_pmo | DISEASE | 绝经后骨质疏松 | -
E | a_bld | DISEASE | 骨丢失性疾病 | -
# 目的 2 study aim (as dev 'effects of X on osteoclast differentiation of RAW264.7 cells': both systems)
E | b_tanl | COMPOUND | 丹参酮ⅡA | -
E | b_tan | COMPOUND | TanⅡA | -
E | b_rankll | GENE | 核因子κB受体活化因子配体 | -
E | b_rankl | GENE | RANKL | -
E | b_raw | CELL_LINE | RAW264.7 | -
E | b_oc | CELL_TYPE | 破骨细胞 | -
R | TI | b_tanl | b_raw
R | TI | b_tanl | b_oc
# 方法 1 (RAW264.7 = study object of the sentence; 作用 = exposure; 小鼠 modifies; 巨噬细胞 inside 巨噬细胞系)
E | c_mac | CELL_TYPE | 巨噬细胞 | -
E | c_raw | CELL_LINE | RAW264.7 | -
E | c_cck | COMPOUND | CCK‑8 | -
E | c_c | CONCENTRATION | 0.5、1、2、4、8μmol/L | - | 0.5,1,2,4,8 umol/L
E | c_tan | COMPOUND | TanⅡA | -
E | c_d | DURATION | 48h | -
R | CONC | c_tan | c_c
R | DUR | c_tan | c_d
R | TI | c_tan | c_raw
# 方法 2 groups (no system named: no TESTED_IN; RANKL amount: GENE, no link)
E | d_rankl1 | GENE | RANKL | -
E | d_c1 | CONCENTRATION | 50ng/mL | - | 50 ng/mL
E | d_rankl2 | GENE | RANKL | -
E | d_tan | COMPOUND | TanⅡA | -
E | d_c2 | CONCENTRATION | 0.5、1、2μmol/L | - | 0.5,1,2 umol/L
E | d_d | DURATION | 5d | -
E | d_trapl | GENE | 抗酒石酸酸性磷酸酶 | -
E | d_trap | GENE | TRAP | -
E | d_oc | CELL_TYPE | 破骨细胞 | -
R | CONC | d_tan | d_c2
R | DUR | d_tan | d_d
# 方法 3 measurements
E | e_nfatl | GENE | 活化T细胞核因子c1 | -
E | e_nfat | GENE | NFATc1 | -
E | e_fos | GENE | c-Fos | -
E | e_trap | GENE | TRAP | -
E | e_ctskl | GENE | 组织蛋白酶K | -
E | e_ctsk | GENE | CTSK | -
E | e_nfat2 | GENE | NFATc1 | -
E | e_fos2 | GENE | c-Fos | -
# 结果 1 (first clause negated; 8μmol/L clause: 细胞 generic, no target mention)
E | f_tan | COMPOUND | TanⅡA | -
E | f_c1 | CONCENTRATION | 2μmol/L | - | 2 umol/L
E | f_raw | CELL_LINE | RAW264.7 | -
E | f_c2 | CONCENTRATION | 8μmol/L | - | 8 umol/L
R | CONC | f_tan | f_c1
R | CONC | f_tan | f_c2
# 结果 2 (group allocation with the cells counted, as DECISIONS 4: TI + DOWN; TRAP-positive marker gives no relation)
E | g_rankl | GENE | RANKL | -
E | g_tan | COMPOUND | TanⅡA | -
E | g_trap | GENE | TRAP | -
E | g_mnc | CELL_TYPE | 多核细胞 | -
R | TI | g_tan | g_mnc
R | DOWN | g_tan | g_mnc
# 结果 3 (agent elided, no TanⅡA mention in the sentence: no relation)
E | h_nfat | GENE | NFATc1 | -
E | h_fos | GENE | c-Fos | -
E | h_trap | GENE | TRAP | -
E | h_ctsk | GENE | CTSK | -
E | h_nfat2 | GENE | NFATc1 | -
E | h_fos2 | GENE | c-Fos | -
E | h_trap2 | GENE | TRAP | -
# 结果 4 (核转位减弱 = DOWN)
E | i_tan | COMPOUND | TanⅡA | -
E | i_nfat | GENE | NFATc1 | -
R | DOWN | i_tan | i_nfat
# 结论 (其 → TanⅡA)
E | j_tan | COMPOUND | TanⅡA | -
E | j_rankl | GENE | RANKL | -
E | j_raw | CELL_LINE | RAW264.7 | -
E | j_axis | PATHWAY | c-Fos/NFATc1信号轴 | -
E | j_trap | GENE | TRAP | -
E | j_ctsk | GENE | CTSK | -
R | DOWN | j_tan | j_raw
R | DOWN | j_tan | j_axis
R | DOWN | j_tan | j_trap
R | DOWN | j_tan | j_ctsk
