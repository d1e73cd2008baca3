# s0 title (抑制mTOR -> DOWN; 激活软骨细胞自噬: autophagy is a process, not a listed cell effect; 减轻骨关节炎 -> TREATS; 小鼠 = experimental animal; no giving word)
E | t_nar | COMPOUND | 柚皮素 | -
E | t_mtor | GENE | mTOR | -
E | t_ch | CELL_TYPE | 软骨细胞 | -
E | t_mice | ORGANISM | 小鼠 | -
E | t_oa | DISEASE | 骨关节炎 | -
R | DOWN | t_nar | t_mtor
R | TREATS | t_nar | t_oa
# s1 background (关节软骨进行性退变: a process)
E | a_oa_zh | DISEASE | 骨关节炎 | -
E | a_oa_en | DISEASE | osteoarthritis | -
E | a_oa | DISEASE | OA | -
E | a_ch | CELL_TYPE | 软骨细胞 | -
# s2 aim (观察 X 对 小鼠… 的保护作用 -> TESTED_IN + TREATS; mTOR long form + abbreviation + head 信号 = one PATHWAY; 关系 neutral)
E | b_nar | COMPOUND | 柚皮素 | -
E | b_naren | COMPOUND | naringenin | -
E | b_NAR | COMPOUND | NAR | -
E | b_mice | ORGANISM | 小鼠 | -
E | b_oa | DISEASE | 骨关节炎 | -
E | b_mtor | PATHWAY | 哺乳动物雷帕霉素靶蛋白(mTOR)信号 | -
R | TI | b_nar | b_mice
R | TREATS | b_nar | b_oa
# s3 in vivo (group allocation, each arm; DMM = procedure, not annotated; 8周 shared by both NAR arms)
E | c_mice | ORGANISM | C57BL/6小鼠 | -
E | c_oa | DISEASE | OA | -
E | c_nar1 | COMPOUND | NAR | -
E | c_c1 | CONCENTRATION | 25 mg/kg | - | 25 mg/kg
E | c_nar2 | COMPOUND | NAR | -
E | c_c2 | CONCENTRATION | 50 mg/kg | - | 50 mg/kg
E | c_d | DURATION | 8周
R | TI | c_nar1 | c_mice
R | TI | c_nar2 | c_mice
R | CONC | c_nar1 | c_c1
R | CONC | c_nar2 | c_c2
R | DUR | c_nar1 | c_d
R | DUR | c_nar2 | c_d
# s4 measurements (番红O-固绿 = two stain reagents; 软骨损伤 an outcome, not annotated)
E | d_so | COMPOUND | 番红O | -
E | d_fg | COMPOUND | 固绿 | -
E | d_col2_l | GENE | Ⅱ型胶原 | -
E | d_col2 | GENE | Col2a1 | -
E | d_mmp_l | GENE | 基质金属蛋白酶13 | -
E | d_mmp | GENE | MMP-13 | -
E | d_lc3b | GENE | LC3B | -
# s5 in vitro (IL-1β model stimulus GENE: concentration unlinked; 给予NAR预处理 -> TI to the chondrocytes named earlier in the sentence; 3-MA: no system in its clause, autophagy = process)
E | e_il1_l | GENE | 白细胞介素-1β | -
E | e_il1 | GENE | IL-1β | -
E | e_c1 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | e_ch | CELL_TYPE | 软骨细胞 | -
E | e_nar | COMPOUND | NAR | -
E | e_c2 | CONCENTRATION | 10、20、40 μmol/L | - | 10,20,40 umol/L
E | e_d | DURATION | 2 h
E | e_lc32 | GENE | LC3-Ⅱ | -
E | e_lc31 | GENE | LC3-Ⅰ | -
E | e_p62 | GENE | p62 | -
E | e_bec | GENE | Beclin-1 | -
E | e_pmtor | GENE | p-mTOR | -
E | e_ps6k | GENE | p-p70S6K | -
E | e_3ma_l | COMPOUND | 3-甲基腺嘌呤 | -
E | e_3ma | COMPOUND | 3-MA | -
E | e_c3 | CONCENTRATION | 5 mmol/L | - | 5 mmol/L
R | TI | e_nar | e_ch
R | CONC | e_nar | e_c2
R | DUR | e_nar | e_d
R | CONC | e_3ma_l | e_c3
# s7 (restored Col2a1 = UP; fewer MMP-13-positive / more LC3B-positive cells read as expression change)
E | g_nar | COMPOUND | NAR | -
E | g_col2 | GENE | Col2a1 | -
E | g_mmp | GENE | MMP-13 | -
E | g_lc3b | GENE | LC3B | -
R | UP | g_nar | g_col2
R | DOWN | g_nar | g_mmp
R | UP | g_nar | g_lc3b
# s9 (IL-1β = model stimulus: no relation from it; NAR reverses: p62 accumulation and p-mTOR / p-p70S6K rise -> DOWN; ratio: none; 40 μmol/L -> nearest preceding NAR)
E | i_il1 | GENE | IL-1β | -
E | i_lc32 | GENE | LC3-Ⅱ | -
E | i_lc31 | GENE | LC3-Ⅰ | -
E | i_p62 | GENE | p62 | -
E | i_pmtor | GENE | p-mTOR | -
E | i_ps6k | GENE | p-p70S6K | -
E | i_nar | COMPOUND | NAR | -
E | i_c1 | CONCENTRATION | 20、40 μmol/L | - | 20,40 umol/L
E | i_bec | GENE | Beclin-1 | -
E | i_c2 | CONCENTRATION | 40 μmol/L | - | 40 umol/L
R | CONC | i_nar | i_c1
R | DOWN | i_nar | i_p62
R | DOWN | i_nar | i_pmtor
R | DOWN | i_nar | i_ps6k
R | UP | i_nar | i_bec
R | CONC | i_nar | i_c2
# s10 (NAR对…的下调作用 asserted; 3-MA cancels an effect: none; no system for 共处理)
E | j_3ma | COMPOUND | 3-MA | -
E | j_nar | COMPOUND | NAR | -
E | j_mmp | GENE | MMP-13 | -
E | j_adamts5 | GENE | ADAMTS5 | -
R | DOWN | j_nar | j_mmp
R | DOWN | j_nar | j_adamts5
# s11 结论 (抑制mTOR通路 -> DOWN; 恢复软骨细胞自噬: autophagy, no relation; 延缓…骨关节炎软骨退变 -> TREATS, hedged)
E | k_nar | COMPOUND | 柚皮素 | -
E | k_mtor | PATHWAY | mTOR通路 | -
E | k_ch | CELL_TYPE | 软骨细胞 | -
E | k_mice | ORGANISM | 小鼠 | -
E | k_oa | DISEASE | 骨关节炎 | -
R | DOWN | k_nar | k_mtor
R | TREATS | k_nar | k_oa
