# s0 title (通过 pathway = via, no relation; 大鼠 and 颅骨 modify the cell name)
E | t_iso | COMPOUND | 异补骨脂素 | -
E | t_path | PATHWAY | 雌激素受体α/ERK信号通路 | -
E | t_ob | CELL_TYPE | 成骨细胞 | -
R | UP | t_iso | t_ob
# s1 目的 (study aim -> TI; ERα conjunct read as the receptor, 'ERK 通路' as the pathway)
E | a_iso | COMPOUND | 异补骨脂素 | -
E | a_isoen | COMPOUND | isopsoralen | -
E | a_iprn | COMPOUND | IPRN | -
E | a_ob | CELL_TYPE | 成骨细胞 | -
E | a_erl | GENE | 雌激素受体α | -
E | a_er | GENE | ERα | -
E | a_erk | PATHWAY | 细胞外信号调节激酶（ERK）通路 | -
R | TI | a_iso | a_ob
# s2 方法 (出生24 h内 is an age; SD乳鼠 is the source animal)
E | b_rat | ORGANISM | SD乳鼠 | -
E | b_ob | CELL_TYPE | 成骨细胞 | -
# s3 groups (system is generic 细胞: no TI; antagonist/inhibitor -> target)
E | c_e2l | COMPOUND | 17β-雌二醇 | -
E | c_e2 | COMPOUND | E2 | -
E | c_c1 | CONCENTRATION | 10 nmol/L | - | 10 nmol/L
E | c_iso1 | COMPOUND | 异补骨脂素 | -
E | c_c2 | CONCENTRATION | 1、10、50 μmol/L | - | 1,10,50 umol/L
E | c_iso2 | COMPOUND | 异补骨脂素 | -
E | c_c3 | CONCENTRATION | 50 μmol/L | - | 50 umol/L
E | c_er | GENE | ERα | -
E | c_mpp | COMPOUND | MPP | -
E | c_c4 | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | c_erk | GENE | ERK | -
E | c_u0 | COMPOUND | U0126 | -
E | c_c5 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
R | CONC | c_e2l | c_c1
R | CONC | c_iso1 | c_c2
R | CONC | c_iso2 | c_c3
R | CONC | c_mpp | c_c4
R | CONC | c_u0 | c_c5
R | DOWN | c_mpp | c_er
R | DOWN | c_u0 | c_erk
# s4
E | d_cck | COMPOUND | CCK-8 | -
# s5 (no compound in the sentence: durations unlinked; 钙结节 not annotated)
E | e_d1 | DURATION | 7 d | -
E | e_alpl | GENE | 碱性磷酸酶 | -
E | e_alp1 | GENE | ALP | -
E | e_alp2 | GENE | ALP | -
E | e_d2 | DURATION | 21 d | -
E | e_ars | COMPOUND | 茜素红 | -
# s6 measurements (总 not in span)
E | f_runx2 | GENE | Runx2 | -
E | f_osx | GENE | Osterix | -
E | f_ocnl | GENE | 骨钙素 | -
E | f_ocn | GENE | OCN | -
E | f_er | GENE | ERα | -
E | f_perk | GENE | p-ERK1/2 | -
E | f_erk | GENE | ERK1/2 | -
# s8 结果 (effect denied; duration still applies)
E | g_iso | COMPOUND | 异补骨脂素 | -
E | g_d | DURATION | 72 h | -
R | DUR | g_iso | g_d
# s9 (group, no named system: no TI; 38.2% is a change)
E | h_iso | COMPOUND | 异补骨脂素 | -
E | h_alp | GENE | ALP | -
E | h_runx2 | GENE | Runx2 | -
E | h_osx | GENE | Osterix | -
E | h_ocn | GENE | OCN | -
E | h_er | GENE | ERα | -
E | h_erk | GENE | ERK1/2 | -
R | UP | h_iso | h_alp
R | UP | h_iso | h_runx2
R | UP | h_iso | h_osx
R | UP | h_iso | h_ocn
R | UP | h_iso | h_er
R | UP | h_iso | h_erk
# s11
E | i_e2 | COMPOUND | E2 | -
# s12 (compound-induced named genes asserted; antagonist suppresses named induced genes -> DOWN)
E | j_mpp | COMPOUND | MPP | -
E | j_iso | COMPOUND | 异补骨脂素 | -
E | j_perk | GENE | p-ERK1/2 | -
E | j_alp | GENE | ALP | -
R | UP | j_iso | j_perk
R | UP | j_iso | j_alp
R | DOWN | j_mpp | j_perk
R | DOWN | j_mpp | j_alp
# s13 (U0126 blocks an effect: none; 其上调ERα asserted, 其 -> 异补骨脂素; U0126 -> ERα denied)
E | k_u0 | COMPOUND | U0126 | -
E | k_iso | COMPOUND | 异补骨脂素 | -
E | k_er | GENE | ERα | -
R | UP | k_iso | k_er
# s14 结论 (chain not inferred: both genes from the elided agent)
E | l_iso | COMPOUND | 异补骨脂素 | -
E | l_ob | CELL_TYPE | 成骨细胞 | -
E | l_er | GENE | ERα | -
E | l_erk | GENE | ERK1/2 | -
R | UP | l_iso | l_ob
R | UP | l_iso | l_er
R | UP | l_iso | l_erk
