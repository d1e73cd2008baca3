# title ("osteoclast differentiation of BMMs" = BMMs differentiating into osteoclasts: link X only; coordination "NFATc1 and p38/JNK MAPK signaling": shared head stays with the last conjunct, both PATHWAY; RANKL-induced: model stimulus)
E | t_oa | COMPOUND | Oleanolic acid | -
E | t_rankl | GENE | RANKL | -
E | t_oc | CELL_TYPE | osteoclast | -
E | t_bmm | CELL_TYPE | bone marrow-derived macrophages | -
E | t_nfat | PATHWAY | NFATc1 | -
E | t_mapk | PATHWAY | p38/JNK MAPK signaling | -
R | DOWN | t_oa | t_bmm
R | DOWN | t_oa | t_nfat
R | DOWN | t_oa | t_mapk
# s1 (pentacyclic triterpenoid: descriptor; "Ligustrum\nlucidum" broken by a line break: not annotated; medicinal plants generic)
E | a_oal | COMPOUND | Oleanolic acid | -
E | a_oa | COMPOUND | OA | -
# s2 aim (the effect of X on osteoclastogenesis = TESTED_IN to osteoclast)
E | b_oa | COMPOUND | OA | -
E | b_oc | CELL_TYPE | osteoclast | -
R | TI | b_oa | b_oc
# s3 ("Bone\nmarrow-derived macrophages" and the list "0,\n2.5, 5 and 10 μM" broken by line breaks: not annotated; 1×104 cells/well is a seeding density; protein reagents' amounts unlinked; in presence of = exposure)
E | c_bmm | CELL_TYPE | BMMs | -
E | c_mice | ORGANISM | C57BL/6 mice | -
E | c_mcsf | GENE | M-CSF | -
E | c_c1 | CONCENTRATION | 30 ng/ml | - | 30 ng/mL
E | c_rankl | GENE | RANKL | -
E | c_c2 | CONCENTRATION | 50 ng/ml | - | 50 ng/mL
E | c_oa | COMPOUND | OA | -
E | c_d | DURATION | 5 days | -
R | TI | c_oa | c_bmm
R | DUR | c_oa | c_d
# s4 (cytotoxicity negated: HAS_CONCENTRATION only; CCK-8 assay reagent)
E | d_cck | COMPOUND | CCK-8 | -
E | d_oa | COMPOUND | OA | -
E | d_c | CONCENTRATION | 20 μM | - | 20 umol/L
E | d_bmm | CELL_TYPE | BMMs | -
R | CONC | d_oa | d_c
# s5 ("multinucleated\ncells" broken by a line break: not annotated, so the decrease has no cell argument; 10 μM group = concentration of the preceding OA; 70% is a change; RANKL group label)
E | e_trap1 | GENE | TRAP | -
E | e_oa | COMPOUND | OA | -
E | e_trap2 | GENE | TRAP | -
E | e_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | e_rankl | GENE | RANKL | -
R | CONC | e_oa | e_c
# s6 (resorptive function = activity: DOWN; "bovine" only modifies bone slices)
E | f_factin | GENE | F-actin | -
E | f_oa | COMPOUND | OA | -
E | f_oc | CELL_TYPE | osteoclasts | -
R | DOWN | f_oa | f_oc
# s7 (osteoclast inside osteoclast-specific; RANKL group label)
E | g_oa | COMPOUND | OA | -
E | g_oc | CELL_TYPE | osteoclast | -
E | g_nfat | GENE | NFATc1 | -
E | g_fos | GENE | c-Fos | -
E | g_ctsk | GENE | Ctsk | -
E | g_trap | GENE | TRAP | -
E | g_mmp9 | GENE | MMP-9 | -
E | g_src | GENE | Src | -
E | g_rankl | GENE | RANKL | -
R | DOWN | g_oa | g_nfat
R | DOWN | g_oa | g_fos
R | DOWN | g_oa | g_ctsk
R | DOWN | g_oa | g_trap
R | DOWN | g_oa | g_mmp9
R | DOWN | g_oa | g_src
# s8 (15 and 30 min = time of RANKL stimulation: DURATION, unlinked; ERK clause negated; "phospho-\nrylation" is no name)
E | h_oa | COMPOUND | OA | -
E | h_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | h_rankl | GENE | RANKL | -
E | h_p38 | GENE | p38 | -
E | h_jnk | GENE | JNK | -
E | h_d | DURATION | 15 and 30 min | -
E | h_erk | GENE | ERK | -
R | CONC | h_oa | h_c
R | DOWN | h_oa | h_p38
R | DOWN | h_oa | h_jnk
# s9 (day 3 is a time point; overexpression rescue = reversal of an effect: no relation)
E | i_nfat | GENE | NFATc1 | -
E | i_src | GENE | c-Src | -
E | i_oa | COMPOUND | OA | -
E | i_nfat2 | GENE | NFATc1 | -
E | i_oc | CELL_TYPE | osteoclast | -
R | DOWN | i_oa | i_nfat
R | DOWN | i_oa | i_src
# s10 conclusion ("p38/JNK MAPK\nsignaling" broken by a line break: not annotated; candidate for treatment = TREATS)
E | j_oa | COMPOUND | oleanolic acid | -
E | j_oc | CELL_TYPE | osteoclast | -
E | j_nfat | GENE | NFATc1 | -
E | j_OA | COMPOUND | OA | -
E | j_od | DISEASE | osteolytic diseases | -
R | DOWN | j_oa | j_oc
R | DOWN | j_oa | j_nfat
R | TREATS | j_OA | j_od
