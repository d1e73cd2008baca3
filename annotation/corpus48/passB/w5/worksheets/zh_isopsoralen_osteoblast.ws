# s0 title (通过…通路 = via: no relation; 促进…成骨细胞分化与矿化 = UP cell; 大鼠, 颅骨 modify the cell name)
E | t_iprn | COMPOUND | 异补骨脂素 | -
E | t_path | PATHWAY | 雌激素受体α/ERK信号通路 | -
E | t_ob | CELL_TYPE | 成骨细胞 | -
R | UP | t_iprn | t_ob
# s1 目的 (study aim -> TESTED_IN; 原代/大鼠/颅骨 modifiers; ERα GENE, ERK long form + abbreviation + head = one PATHWAY; 在其中的作用 neutral)
E | a_iprn | COMPOUND | 异补骨脂素 | -
E | a_iso | COMPOUND | isopsoralen | -
E | a_IPRN | COMPOUND | IPRN | -
E | a_ob | CELL_TYPE | 成骨细胞 | -
E | a_era_l | GENE | 雌激素受体α | -
E | a_era | GENE | ERα | -
E | a_erk | PATHWAY | 细胞外信号调节激酶（ERK）通路 | -
R | TI | a_iprn | a_ob
# s2 方法 (source animal; 24 h = age, not a duration)
E | b_sd | ORGANISM | SD乳鼠 | -
E | b_ob | CELL_TYPE | 成骨细胞 | -
# s3 分组 (system only "细胞": generic, no TESTED_IN; antagonist/inhibitor -> target)
E | c_e2_l | COMPOUND | 17β-雌二醇 | -
E | c_e2 | COMPOUND | E2 | -
E | c_c1 | CONCENTRATION | 10 nmol/L | - | 10 nmol/L
E | c_iprn1 | COMPOUND | 异补骨脂素 | -
E | c_c2 | CONCENTRATION | 1、10、50 μmol/L | - | 1,10,50 umol/L
E | c_iprn2 | COMPOUND | 异补骨脂素 | -
E | c_c3 | CONCENTRATION | 50 μmol/L | - | 50 umol/L
E | c_era | GENE | ERα | -
E | c_mpp | COMPOUND | MPP | -
E | c_c4 | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | c_erk | GENE | ERK | -
E | c_u0126 | COMPOUND | U0126 | -
E | c_c5 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
R | CONC | c_e2_l | c_c1
R | CONC | c_iprn1 | c_c2
R | CONC | c_iprn2 | c_c3
R | DOWN | c_mpp | c_era
R | CONC | c_mpp | c_c4
R | DOWN | c_u0126 | c_erk
R | CONC | c_u0126 | c_c5
# s4 assay reagent
E | d_cck | COMPOUND | CCK-8 | -
# s5 (干预7 d: compound not in this sentence, no link; 成骨诱导21 d: no compound; 钙结节 not annotated)
E | e_d1 | DURATION | 7 d
E | e_alp_l | GENE | 碱性磷酸酶 | -
E | e_alp | GENE | ALP | -
E | e_alp2 | GENE | ALP | -
E | e_d2 | DURATION | 21 d
E | e_ars | COMPOUND | 茜素红 | -
# s6 measurements (总 not in span)
E | f_runx2 | GENE | Runx2 | -
E | f_osx | GENE | Osterix | -
E | f_ocn_l | GENE | 骨钙素 | -
E | f_ocn | GENE | OCN | -
E | f_era | GENE | ERα | -
E | f_perk | GENE | p-ERK1/2 | -
E | f_erk | GENE | ERK1/2 | -
# s8 结果 (effect denied; duration kept)
E | h_iprn | COMPOUND | 异补骨脂素 | -
E | h_d | DURATION | 72 h
R | DUR | h_iprn | h_d
# s9 (agent = compound of the group label; phosphorylation = regulation)
E | i_iprn | COMPOUND | 异补骨脂素 | -
E | i_alp | GENE | ALP | -
E | i_runx2 | GENE | Runx2 | -
E | i_osx | GENE | Osterix | -
E | i_ocn | GENE | OCN | -
E | i_era | GENE | ERα | -
E | i_erk | GENE | ERK1/2 | -
R | UP | i_iprn | i_alp
R | UP | i_iprn | i_runx2
R | UP | i_iprn | i_osx
R | UP | i_iprn | i_ocn
R | UP | i_iprn | i_era
R | UP | i_iprn | i_erk
# s11 (group label, no target)
E | k_e2 | COMPOUND | E2 | -
# s12 (异补骨脂素引起的…升高 asserted; named genes whose induced rise is suppressed by the antagonist -> DOWN)
E | l_mpp | COMPOUND | MPP | -
E | l_iprn | COMPOUND | 异补骨脂素 | -
E | l_perk | GENE | p-ERK1/2 | -
E | l_alp | GENE | ALP | -
R | UP | l_iprn | l_perk
R | UP | l_iprn | l_alp
R | DOWN | l_mpp | l_perk
R | DOWN | l_mpp | l_alp
# s13 (inhibitor blocks an effect: none; "不影响其上调ERα": the upregulation by 其 = 异补骨脂素 is presupposed, the denial concerns U0126)
E | m_u0126 | COMPOUND | U0126 | -
E | m_iprn | COMPOUND | 异补骨脂素 | -
E | m_era | GENE | ERα | -
R | UP | m_iprn | m_era
# s14 结论 (hedged mechanism; chain not inferred, agent linked to each)
E | n_iprn | COMPOUND | 异补骨脂素 | -
E | n_ob | CELL_TYPE | 成骨细胞 | -
E | n_era | GENE | ERα | -
E | n_erk | GENE | ERK1/2 | -
R | UP | n_iprn | n_ob
R | UP | n_iprn | n_era
R | UP | n_iprn | n_erk
