# s0 title (抑制…RAW264.7细胞破骨分化 = DOWN of the cell line; RANKL long form is the model stimulus)
E | t_tan | COMPOUND | 丹参酮ⅡA | -
E | t_rankl_l | GENE | 核因子κB受体活化因子配体 | -
E | t_raw | CELL_LINE | RAW264.7 | -
R | DOWN | t_tan | t_raw
# 目的 1 background (骨丢失性疾病 is a descriptive class, not annotated)
E | a_oc | CELL_TYPE | 破骨细胞 | -
E | a_pmo | DISEASE | 绝经后骨质疏松 | -
# 目的 2 study aim (X 对 Y 向 Z 分化的影响: TI to Y only)
E | b_tan_l | COMPOUND | 丹参酮ⅡA | -
E | b_tan | COMPOUND | TanⅡA | -
E | b_rankl_l | GENE | 核因子κB受体活化因子配体 | -
E | b_rankl | GENE | RANKL | -
E | b_raw | CELL_LINE | RAW264.7 | -
E | b_oc | CELL_TYPE | 破骨细胞 | -
R | TI | b_tan_l | b_raw
# 方法 1 (巨噬细胞 inside 巨噬细胞系 is the cell type; RAW264.7 is the system of the sentence; 作用48h = exposure)
E | c_mac | CELL_TYPE | 巨噬细胞 | -
E | c_raw | CELL_LINE | RAW264.7 | -
E | c_cck | COMPOUND | CCK‑8 | -
E | c_c | CONCENTRATION | 0.5、1、2、4、8μmol/L | - | 0.5,1,2,4,8 umol/L
E | c_tan | COMPOUND | TanⅡA | -
E | c_d | DURATION | 48h | -
R | CONC | c_tan | c_c
R | DUR | c_tan | c_d
R | TI | c_tan | c_raw
# 方法 2 (ends at ；; no treated system named; RANKL amount without relation)
E | d_rankl1 | GENE | RANKL | -
E | d_c1 | CONCENTRATION | 50ng/mL | - | 50 ng/mL
E | d_rankl2 | GENE | RANKL | -
E | d_tan | COMPOUND | TanⅡA | -
E | d_c2 | CONCENTRATION | 0.5、1、2μmol/L | - | 0.5,1,2 umol/L
E | d_d | DURATION | 5d | -
E | d_trap_l | GENE | 抗酒石酸酸性磷酸酶 | -
E | d_trap | GENE | TRAP | -
E | d_oc | CELL_TYPE | 破骨细胞 | -
R | CONC | d_tan | d_c2
R | DUR | d_tan | d_d
# 方法 3 measurements
E | e_nfat_l | GENE | 活化T细胞核因子c1 | -
E | e_nfat | GENE | NFATc1 | -
E | e_cfos | GENE | c-Fos | -
E | e_trap | GENE | TRAP | -
E | e_ctsk_l | GENE | 组织蛋白酶K | -
E | e_ctsk | GENE | CTSK | -
E | e_nfat2 | GENE | NFATc1 | -
E | e_cfos2 | GENE | c-Fos | -
# 结果 1 (no effect at ≤2; 8 μmol/L: the only RAW264.7 is governed by 无明显影响, "细胞活力下降" names no system)
E | f_tan | COMPOUND | TanⅡA | -
E | f_c1 | CONCENTRATION | 2μmol/L | - | 2 umol/L
E | f_raw | CELL_LINE | RAW264.7 | -
E | f_c2 | CONCENTRATION | 8μmol/L | - | 8 umol/L
R | CONC | f_tan | f_c1
R | CONC | f_tan | f_c2
# 结果 2 (ends at ；; TRAP-positive multinucleated cells reduced = DOWN of 多核细胞)
E | g_rankl | GENE | RANKL | -
E | g_tan | COMPOUND | TanⅡA | -
E | g_trap | GENE | TRAP | -
E | g_mnc | CELL_TYPE | 多核细胞 | -
R | DOWN | g_tan | g_mnc
# 结果 3 (sentence after ；: the agent 中、高剂量组 has no compound mention in the sentence -> no relation)
E | h_nfat1 | GENE | NFATc1 | -
E | h_cfos1 | GENE | c-Fos | -
E | h_trap1 | GENE | TRAP | -
E | h_ctsk | GENE | CTSK | -
E | h_nfat2 | GENE | NFATc1 | -
E | h_cfos2 | GENE | c-Fos | -
E | h_trap2 | GENE | TRAP | -
# 结果 4 (nuclear translocation reduced = DOWN)
E | i_tan | COMPOUND | TanⅡA | -
E | i_nfat | GENE | NFATc1 | -
R | DOWN | i_tan | i_nfat
# 结论 (其 -> TanⅡA; 下调 governs the axis and 其下游 TRAP、CTSK)
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
