# s0 title (抑制mTOR -> DOWN; 激活软骨细胞自噬: autophagy not counted as cell regulation; 减轻 -> TREATS; 小鼠 = experimental animal)
E | t_nar | COMPOUND | 柚皮素 | -
E | t_mtor | GENE | mTOR | -
E | t_chon | CELL_TYPE | 软骨细胞 | -
E | t_mouse | ORGANISM | 小鼠 | -
E | t_oa | DISEASE | 骨关节炎 | -
R | DOWN | t_nar | t_mtor
R | TREATS | t_nar | t_oa
# s1 background
E | a_oal | DISEASE | 骨关节炎 | -
E | a_oaen | DISEASE | osteoarthritis | -
E | a_oa | DISEASE | OA | -
E | a_chon | CELL_TYPE | 软骨细胞 | -
# s2 aim (观察 X 对小鼠…的保护作用 -> TI + TREATS; mTOR 信号 long form with abbreviation before head = one PATHWAY span; 关系 neutral)
E | b_nar | COMPOUND | 柚皮素 | -
E | b_naren | COMPOUND | naringenin | -
E | b_NAR | COMPOUND | NAR | -
E | b_mouse | ORGANISM | 小鼠 | -
E | b_oa | DISEASE | 骨关节炎 | -
E | b_mtor | PATHWAY | 哺乳动物雷帕霉素靶蛋白(mTOR)信号 | -
R | TI | b_nar | b_mouse
R | TREATS | b_nar | b_oa
# s3 in vivo (DMM = surgical model, not a disease name; group allocation TI per arm; 8周 shared, to nearest NAR; 术后第2天 time point)
E | c_mouse | ORGANISM | C57BL/6小鼠 | -
E | c_oa | DISEASE | OA | -
E | c_nar1 | COMPOUND | NAR | -
E | c_c1 | CONCENTRATION | 25 mg/kg | - | 25 mg/kg
E | c_nar2 | COMPOUND | NAR | -
E | c_c2 | CONCENTRATION | 50 mg/kg | - | 50 mg/kg
E | c_d | DURATION | 8周 | -
R | TI | c_nar1 | c_mouse
R | TI | c_nar2 | c_mouse
R | CONC | c_nar1 | c_c1
R | CONC | c_nar2 | c_c2
R | DUR | c_nar2 | c_d
# s4 measurements (番红O-固绿 = two dyes; 软骨损伤 not a disease name here)
E | d_saf | COMPOUND | 番红O | -
E | d_fg | COMPOUND | 固绿 | -
E | d_col2l | GENE | Ⅱ型胶原 | -
E | d_col2 | GENE | Col2a1 | -
E | d_mmp13l | GENE | 基质金属蛋白酶13 | -
E | d_mmp13 | GENE | MMP-13 | -
E | d_lc3b | GENE | LC3B | -
# s5 in vitro (IL-1β protein stimulus: no relation, its amount unlinked; 给予NAR预处理 -> TI to the chondrocytes; 3-MA: no giving word to a named system in its clause)
E | e_il1l | GENE | 白细胞介素-1β | -
E | e_il1 | GENE | IL-1β | -
E | e_c1 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | e_chon | CELL_TYPE | 软骨细胞 | -
E | e_nar | COMPOUND | NAR | -
E | e_c2 | CONCENTRATION | 10、20、40 μmol/L | - | 10,20,40 umol/L
E | e_d | DURATION | 2 h | -
E | e_lc3ii | GENE | LC3-Ⅱ | -
E | e_lc3i | GENE | LC3-Ⅰ | -
E | e_p62 | GENE | p62 | -
E | e_becn | GENE | Beclin-1 | -
E | e_pmtor | GENE | p-mTOR | -
E | e_p70 | GENE | p-p70S6K | -
E | e_3mal | COMPOUND | 3-甲基腺嘌呤 | -
E | e_3ma | COMPOUND | 3-MA | -
E | e_c3 | CONCENTRATION | 5 mmol/L | - | 5 mmol/L
R | TI | e_nar | e_chon
R | CONC | e_nar | e_c2
R | DUR | e_nar | e_d
R | CONC | e_3mal | e_c3
# s7 (恢复 -> UP; fewer MMP-13-positive cells -> DOWN; more LC3B-positive cells -> UP)
E | f_nar | COMPOUND | NAR | -
E | f_col2 | GENE | Col2a1 | -
E | f_mmp13 | GENE | MMP-13 | -
E | f_lc3b | GENE | LC3B | -
R | UP | f_nar | f_col2
R | DOWN | f_nar | f_mmp13
R | UP | f_nar | f_lc3b
# s9 (IL-1β is the model stimulus: no relation; NAR reverses p62 accumulation and p-mTOR / p-p70S6K rise -> DOWN; ratio no relation; Beclin-1 up at 40 -> nearest NAR)
E | g_il1 | GENE | IL-1β | -
E | g_lc3ii | GENE | LC3-Ⅱ | -
E | g_lc3i | GENE | LC3-Ⅰ | -
E | g_p62 | GENE | p62 | -
E | g_pmtor | GENE | p-mTOR | -
E | g_p70 | GENE | p-p70S6K | -
E | g_nar | COMPOUND | NAR | -
E | g_c1 | CONCENTRATION | 20、40 μmol/L | - | 20,40 umol/L
E | g_becn | GENE | Beclin-1 | -
E | g_c2 | CONCENTRATION | 40 μmol/L | - | 40 umol/L
R | CONC | g_nar | g_c1
R | DOWN | g_nar | g_p62
R | DOWN | g_nar | g_pmtor
R | DOWN | g_nar | g_p70
R | UP | g_nar | g_becn
R | CONC | g_nar | g_c2
# s10 (NAR's down-regulation asserted; 3-MA abolishes an effect: none)
E | h_3ma | COMPOUND | 3-MA | -
E | h_nar | COMPOUND | NAR | -
E | h_mmp13 | GENE | MMP-13 | -
E | h_adamts5 | GENE | ADAMTS5 | -
R | DOWN | h_nar | h_mmp13
R | DOWN | h_nar | h_adamts5
# s11 conclusion (恢复软骨细胞自噬: autophagy, no cell relation; 延缓…骨关节炎软骨退变 -> TREATS)
E | i_nar | COMPOUND | 柚皮素 | -
E | i_mtor | PATHWAY | mTOR通路 | -
E | i_chon | CELL_TYPE | 软骨细胞 | -
E | i_mouse | ORGANISM | 小鼠 | -
E | i_oa | DISEASE | 骨关节炎 | -
R | DOWN | i_nar | i_mtor
R | TREATS | i_nar | i_oa
R | DUR | c_nar1 | c_d
