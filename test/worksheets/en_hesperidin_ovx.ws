# title (protects cells = UP of the cell line; bone loss is a process: no TREATS; no giving word)
E | t_hes | COMPOUND | Hesperidin | -
E | t_rat | ORGANISM | ovariectomized rats | -
E | t_mc | CELL_LINE | MC3T3-E1 | -
R | UP | t_hes | t_mc
# s1 (flavanone glycoside: appositive descriptor; citrus peel = herbal material named as source; "role ... not fully clear": no TREATS)
E | a_hes | COMPOUND | Hesperidin | -
E | a_HES | COMPOUND | HES | -
E | a_cp | ORGANISM | citrus peel | -
E | a_pmo | DISEASE | postmenopausal osteoporosis | -
# s2 group allocation (E2 in OVX+E2 is a name in a label; HES-L/M/H coded; each arm its own link; 12 weeks shared by all arms incl. saline vehicle; "one week after the surgery" is a time point)
E | b_sd | ORGANISM | SD rats | -
E | b_e2 | COMPOUND | E2 | -
E | b_rat | ORGANISM | rats | -
E | b_hes | COMPOUND | hesperidin | -
E | b_c1 | CONCENTRATION | 50, 100 and 200 mg·kg-1·d-1 | - | 50,100,200 mg/kg/d
E | b_e2b | COMPOUND | E2 | -
E | b_ev | COMPOUND | estradiol valerate | -
E | b_c2 | CONCENTRATION | 0.1 mg·kg-1·d-1 | - | 0.1 mg/kg/d
E | b_sal | COMPOUND | saline | -
E | b_d | DURATION | 12 weeks | -
R | TI | b_e2 | b_sd
R | TI | b_hes | b_rat
R | CONC | b_hes | b_c1
R | TI | b_ev | b_rat
R | CONC | b_ev | b_c2
R | TI | b_sal | b_rat
R | DUR | b_hes | b_d
R | DUR | b_ev | b_d
R | DUR | b_sal | b_d
# s3 nothing; s4 measurements
E | d_mda | COMPOUND | MDA | -
E | d_sod | GENE | SOD | -
E | d_gpx | GENE | GSH-Px | -
# s5 (agents only as coded labels HES-M/HES-H; BMD etc. not entities; uterine clause negated)
E | e_e2 | COMPOUND | E2 | -
E | e_hes | COMPOUND | HES | -
# s6
E | f_hes | COMPOUND | HES | -
E | f_mda | COMPOUND | MDA | -
E | f_sod | GENE | SOD | -
E | f_gpx | GENE | GSH-Px | -
R | DOWN | f_hes | f_mda
R | UP | f_hes | f_sod
R | UP | f_hes | f_gpx
# s7 (exposed to = TI for the model compound H2O2, with its amount and time; pretreatment of = TI)
E | g_mc | CELL_LINE | MC3T3-E1 | -
E | g_c1 | CONCENTRATION | 200 μmol/L | - | 200 umol/L
E | g_h2o2 | COMPOUND | H2O2 | -
E | g_d | DURATION | 24 h | -
E | g_hes | COMPOUND | HES | -
E | g_c2 | CONCENTRATION | 1, 10 and 50 μmol/L | - | 1,10,50 umol/L
R | TI | g_h2o2 | g_mc
R | CONC | g_h2o2 | g_c1
R | DUR | g_h2o2 | g_d
R | TI | g_hes | g_mc
R | CONC | g_hes | g_c2
# s8 (restored = UP; H2O2 = model compound: no regulation (v1.3); viability of generic cells: none; 1 μmol/L clause negated: HAS_CONCENTRATION only)
E | h_hes | COMPOUND | HES | -
E | h_ros | COMPOUND | ROS | -
E | h_ocn | GENE | OCN | -
E | h_col | GENE | Col1a1 | -
E | h_h2o2 | COMPOUND | H2O2 | -
E | h_c | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | h_hes2 | COMPOUND | HES | -
E | h_h2o2b | COMPOUND | H2O2 | -
R | DOWN | h_hes | h_ros
R | UP | h_hes | h_ocn
R | UP | h_hes | h_col
R | CONC | h_hes2 | h_c
# s9 conclusion (ovariectomy-induced bone loss names no disease: no TREATS; preserving osteoblast function = UP)
E | i_hes | COMPOUND | hesperidin | -
E | i_ob | CELL_TYPE | osteoblast | -
R | UP | i_hes | i_ob
