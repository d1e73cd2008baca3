# s0 title (protects cells = UP of the cell line; bone loss is a process, no disease: no TREATS; no giving word: no TI)
E | t_hes | COMPOUND | Hesperidin | -
E | t_rat | ORGANISM | ovariectomized rats | -
E | t_mc | CELL_LINE | MC3T3-E1 | -
R | UP | t_hes | t_mc
# s1 (flavanone glycoside: class descriptor; citrus peel: herbal material; role not clear: no TREATS)
E | a_hes | COMPOUND | Hesperidin | -
E | a_HES | COMPOUND | HES | -
E | a_cp | ORGANISM | citrus peel | -
E | a_pmo | DISEASE | postmenopausal osteoporosis | -
# s2 groups and dosing (HES-L/M/H fuse a name with a dose code: not annotated; E2 inside OVX+E2 is a name in a group label; allocation TI from the first E2; each giving clause -> rats; 12 weeks shared by the arms)
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
R | DUR | b_hes | b_d
R | TI | b_ev | b_rat
R | CONC | b_ev | b_c2
R | DUR | b_ev | b_d
R | TI | b_sal | b_rat
R | DUR | b_sal | b_d
# s3 nothing
# s4 measurements
E | d_mda | COMPOUND | MDA | -
E | d_sod | GENE | SOD | -
E | d_gpx | GENE | GSH-Px | -
# s5 (agents HES-M/HES-H coded: no relation; E2 in group label; uterine weight unchanged: negated)
E | e_e2 | COMPOUND | E2 | -
E | e_HES | COMPOUND | HES@1106 | -
# s6
E | f_HES | COMPOUND | HES | -
E | f_mda | COMPOUND | MDA | -
E | f_sod | GENE | SOD | -
E | f_gpx | GENE | GSH-Px | -
R | DOWN | f_HES | f_mda
R | UP | f_HES | f_sod
R | UP | f_HES | f_gpx
# s7 in vitro (H2O2 exposure = TI; pretreatment of HES = TI)
E | g_mc | CELL_LINE | MC3T3-E1 | -
E | g_c1 | CONCENTRATION | 200 μmol/L | - | 200 umol/L
E | g_h2o2 | COMPOUND | H2O2 | -
E | g_d | DURATION | 24 h | -
E | g_HES | COMPOUND | HES | -
E | g_c2 | CONCENTRATION | 1, 10 and 50 μmol/L | - | 1,10,50 umol/L
R | TI | g_h2o2 | g_mc
R | CONC | g_h2o2 | g_c1
R | DUR | g_h2o2 | g_d
R | TI | g_HES | g_mc
R | CONC | g_HES | g_c2
# s8 (restored = UP; H2O2 is the model compound: no regulation from it; cell viability of generic cells: no relation)
E | h_HES | COMPOUND | HES | -
E | h_ros | COMPOUND | ROS | -
E | h_ocn | GENE | OCN | -
E | h_col | GENE | Col1a1 | -
E | h_h2o2 | COMPOUND | H2O2 | -
E | h_c | CONCENTRATION | 1 μmol/L | - | 1 umol/L
E | h_HES2 | COMPOUND | HES | -
E | h_h2o2b | COMPOUND | H2O2 | -
R | DOWN | h_HES | h_ros
R | UP | h_HES | h_ocn
R | UP | h_HES | h_col
R | CONC | h_HES2 | h_c
# s9 conclusion (preserving osteoblast function = UP; bone loss without a disease name: no TREATS)
E | i_hes | COMPOUND | hesperidin | -
E | i_ob | CELL_TYPE | osteoblast | -
R | UP | i_hes | i_ob
