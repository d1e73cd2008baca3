# s0 title (osteoclast differentiation OF BMMs = X differentiating into Y: DOWN to X only; RANKL-induced: model stimulus)
E | t_ola | COMPOUND | Oleanolic acid | -
E | t_rankl | GENE | RANKL | -
E | t_oc | CELL_TYPE | osteoclast | -
E | t_bmm | CELL_TYPE | bone marrow-derived macrophages | -
E | t_nfatc1 | GENE | NFATc1 | -
E | t_mapk | PATHWAY | p38/JNK MAPK signaling | -
R | DOWN | t_ola | t_bmm
R | DOWN | t_ola | t_nfatc1
R | DOWN | t_ola | t_mapk
# s1 (pentacyclic triterpenoid: class descriptor; "Ligustrum|lucidum" broken by a line break: not annotated, see NOTES; medicinal plants generic)
E | a_ola | COMPOUND | Oleanolic acid | -
E | a_OA | COMPOUND | OA | -
# s2 aim (the effect of OA on osteoclastogenesis = TI to osteoclast)
E | b_OA | COMPOUND | OA | -
E | b_oc | CELL_TYPE | osteoclast | -
R | TI | b_OA | b_oc
# s3 ("Bone|marrow-derived macrophages" and "0,|2.5, 5 and 10 μM" broken by line breaks: not annotated; M-CSF and RANKL are GENE stimuli, amounts unlinked; in presence of OA = exposure; seeding density is not a concentration)
E | c_bmm | CELL_TYPE | BMMs | -
E | c_mice | ORGANISM | C57BL/6 mice | -
E | c_mcsf | GENE | M-CSF | -
E | c_c1 | CONCENTRATION | 30 ng/ml | - | 30 ng/mL
E | c_rankl | GENE | RANKL | -
E | c_c2 | CONCENTRATION | 50 ng/ml | - | 50 ng/mL
E | c_OA | COMPOUND | OA | -
E | c_d | DURATION | 5 days | -
R | TI | c_OA | c_bmm
R | DUR | c_OA | c_d
# s4 viability (no cytotoxicity: nothing but the concentration)
E | d_cck | COMPOUND | CCK-8 | -
E | d_OA | COMPOUND | OA | -
E | d_c | CONCENTRATION | 20 μM | - | 20 umol/L
E | d_bmm | CELL_TYPE | BMMs | -
R | CONC | d_OA | d_c
# s5 ("multinucleated|cells" broken by a line break: not annotated, so no DOWN; 10 μM group -> nearest preceding OA; 70% a change)
E | e_trap | GENE | TRAP | -
E | e_OA | COMPOUND | OA | -
E | e_trap2 | GENE | TRAP | -
E | e_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | e_rankl | GENE | RANKL | -
R | CONC | e_OA | e_c
# s6 (impaired resorptive function = activity DOWN)
E | f_fact | GENE | F-actin | -
E | f_OA | COMPOUND | OA | -
E | f_oc | CELL_TYPE | osteoclasts | -
R | DOWN | f_OA | f_oc
# s7 (osteoclast inside osteoclast-specific; RANKL group label)
E | g_OA | COMPOUND | OA | -
E | g_oc | CELL_TYPE | osteoclast | -
E | g_nfatc1 | GENE | NFATc1 | -
E | g_fos | GENE | c-Fos | -
E | g_ctsk | GENE | Ctsk | -
E | g_trap | GENE | TRAP | -
E | g_mmp9 | GENE | MMP-9 | -
E | g_src | GENE | Src | -
E | g_rankl | GENE | RANKL | -
R | DOWN | g_OA | g_nfatc1
R | DOWN | g_OA | g_fos
R | DOWN | g_OA | g_ctsk
R | DOWN | g_OA | g_trap
R | DOWN | g_OA | g_mmp9
R | DOWN | g_OA | g_src
# s8 (phosphorylation = regulation of the protein; ERK not affected; 15 and 30 min exposure times)
E | h_OA | COMPOUND | OA | -
E | h_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | h_rankl | GENE | RANKL | -
E | h_p38 | GENE | p38 | -
E | h_jnk | GENE | JNK | -
E | h_d | DURATION | 15 and 30 min | -
E | h_erk | GENE | ERK | -
R | CONC | h_OA | h_c
R | DOWN | h_OA | h_p38
R | DOWN | h_OA | h_jnk
R | DUR | h_OA | h_d
# s9 (day 3 is a time point; NFATc1 overexpression rescued osteoclast formation = UP)
E | i_nfatc1 | GENE | NFATc1 | -
E | i_src | GENE | c-Src | -
E | i_OA | COMPOUND | OA | -
E | i_nfatc1b | GENE | NFATc1 | -
E | i_oc | CELL_TYPE | osteoclast | -
R | DOWN | i_OA | i_nfatc1
R | DOWN | i_OA | i_src
R | UP | i_nfatc1b | i_oc
# s10 conclusion ("p38/JNK MAPK|signaling" broken by a line break: not annotated; treatment of osteolytic diseases = TREATS, hedged)
E | j_ola | COMPOUND | oleanolic acid | -
E | j_oc | CELL_TYPE | osteoclast | -
E | j_nfatc1 | GENE | NFATc1 | -
E | j_OA | COMPOUND | OA | -
E | j_old | DISEASE | osteolytic diseases | -
R | DOWN | j_ola | j_oc
R | DOWN | j_ola | j_nfatc1
R | TREATS | j_OA | j_old
