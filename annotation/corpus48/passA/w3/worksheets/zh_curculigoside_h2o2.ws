# s0 title (通过激活 = UP of the pathway; 减轻 H2O2 诱导的细胞氧化损伤 = protects the cell; H2O2 诱导 = exposure)
E | t_cur | COMPOUND | 仙茅苷 | -
E | t_path | PATHWAY | Nrf2/HO-1通路 | -
E | t_h2o2 | COMPOUND | H2O2 | -
E | t_mc | CELL_LINE | MC3T3-E1 | -
R | UP | t_cur | t_path
R | UP | t_cur | t_mc
R | TI | t_h2o2 | t_mc
# s1
E | a_op | DISEASE | 骨质疏松 | -
# s2 aim + methods (study aim TI; pretreatment; model; group allocation with MC3T3-E1 named; seeding densities not amounts of a substance)
E | b_cur | COMPOUND | 仙茅苷 | -
E | b_curen | COMPOUND | curculigoside | -
E | b_CUR | COMPOUND | CUR | -
E | b_hpl | COMPOUND | 过氧化氢 | -
E | b_h2o2 | COMPOUND | H2O2 | -
E | b_ob | CELL_TYPE | 成骨细胞 | -
E | b_pre | CELL_TYPE | 前成骨细胞 | -
E | b_mc | CELL_LINE | MC3T3-E1 | -
E | b_cur2 | COMPOUND | CUR | -
E | b_c1 | CONCENTRATION | 1,5,10 μmol/L | - | 1,5,10 umol/L
E | b_d1 | DURATION | 24 h | -
E | b_c2 | CONCENTRATION | 300 μmol/L | - | 300 umol/L
E | b_h2o2b | COMPOUND | H2O2 | -
E | b_d2 | DURATION | 4 h | -
E | b_h2o2c | COMPOUND | H2O2 | -
E | b_nacl | COMPOUND | N-乙酰半胱氨酸 | -
E | b_nac | COMPOUND | NAC | -
E | b_c3 | CONCENTRATION | 5 mmol/L | - | 5 mmol/L
E | b_ml | COMPOUND | ML385 | -
E | b_nrf2 | GENE | Nrf2 | -
E | b_c4 | CONCENTRATION | 5 μmol/L | - | 5 umol/L
R | TI | b_cur | b_ob
R | TI | b_hpl | b_ob
R | TI | b_cur2 | b_mc
R | CONC | b_cur2 | b_c1
R | DUR | b_cur2 | b_d1
R | TI | b_h2o2b | b_mc
R | CONC | b_h2o2b | b_c2
R | DUR | b_h2o2b | b_d2
R | TI | b_h2o2c | b_mc
R | TI | b_nacl | b_mc
R | CONC | b_nacl | b_c3
R | TI | b_ml | b_mc
R | CONC | b_ml | b_c4
R | DOWN | b_ml | b_nrf2
# s3 assays (reagents are COMPOUND, never TI)
E | c_cck | COMPOUND | CCK-8 | -
E | c_anx | COMPOUND | Annexin V-FITC | -
E | c_pi | COMPOUND | PI | -
E | c_dcf | COMPOUND | DCFH-DA | -
E | c_rosl | COMPOUND | 活性氧 | -
E | c_ros | COMPOUND | ROS | -
E | c_sodl | GENE | 超氧化物歧化酶 | -
E | c_sod | GENE | SOD | -
E | c_mdal | COMPOUND | 丙二醛 | -
E | c_mda | COMPOUND | MDA | -
E | c_alpl | GENE | 碱性磷酸酶 | -
E | c_alp | GENE | ALP | -
# s4
E | d_nrf2 | GENE | Nrf2 | -
E | d_ho1 | GENE | HO-1 | -
E | d_nqo1 | GENE | NQO1 | -
E | d_nrf2b | GENE | Nrf2 | -
E | d_keap | GENE | Keap1 | -
E | d_ho1b | GENE | HO-1 | -
# s5 model group (no agent)
E | e_ros | COMPOUND | ROS | -
E | e_mda | COMPOUND | MDA | -
E | e_sod | GENE | SOD | -
E | e_alp | GENE | ALP | -
# s6 (CUR-M/CUR-H/CUR-L coded labels: no agent)
E | f_ros | COMPOUND | ROS | -
E | f_mda | COMPOUND | MDA | -
E | f_sod | GENE | SOD | -
E | f_alp | GENE | ALP | -
E | f_sod2 | GENE | SOD | -
# s7 (核转位 = regulation of the protein; Keap1 unchanged)
E | g_cur | COMPOUND | CUR | -
E | g_nrf2 | GENE | Nrf2 | -
E | g_ho1 | GENE | HO-1 | -
E | g_nqo1 | GENE | NQO1 | -
E | g_keap | GENE | Keap1 | -
R | UP | g_cur | g_nrf2
R | UP | g_cur | g_ho1
R | UP | g_cur | g_nqo1
# s8 (inhibitor reverses the compound's effect: nothing)
E | h_ml | COMPOUND | ML385 | -
E | h_ros | COMPOUND | ROS | -
E | h_ho1 | GENE | HO-1 | -
# s9 结论 (依赖于 = mediated by: no pathway relation)
E | i_cur | COMPOUND | 仙茅苷 | -
E | i_h2o2 | COMPOUND | H2O2 | -
E | i_mc | CELL_LINE | MC3T3-E1 | -
E | i_path | PATHWAY | Nrf2/HO-1抗氧化通路 | -
R | UP | i_cur | i_mc
R | TI | i_h2o2 | i_mc
