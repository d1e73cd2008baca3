# s0 title (ameliorates GIO = TREATS; "activating AMPK-mediated autophagy": the object activated is autophagy, no relation; no giving word: no TI)
E | t_cor | COMPOUND | Cordycepin | -
E | t_gio | DISEASE | glucocorticoid-induced osteoporosis | -
E | t_mice | ORGANISM | mice | -
E | t_ampk | GENE | AMPK | -
E | t_ob | CELL_TYPE | osteoblasts | -
R | TREATS | t_cor | t_gio
# s1 Objective (study aim in mice = TI; an aim is not a TREATS claim)
E | a_cor | COMPOUND | cordycepin | -
E | a_COR | COMPOUND | COR | -
E | a_giol | DISEASE | glucocorticoid-induced osteoporosis | -
E | a_gio | DISEASE | GIO | -
E | a_mice | ORGANISM | mice | -
E | a_ampk | GENE | AMPK | -
R | TI | a_cor | a_mice
# s2 Methods groups (names inside group labels annotated: DEX, ALN, CC between '+'; COR-L / COR-H fuse a name with a dose code: coded, not annotated; group allocation = TI per arm mention)
E | b_mice | ORGANISM | C57BL/6 mice | -
E | b_DEX | COMPOUND | DEX | -
E | b_DEX2 | COMPOUND | DEX | -
E | b_DEX3 | COMPOUND | DEX | -
E | b_DEX4 | COMPOUND | DEX | -
E | b_aln | COMPOUND | ALN | -
E | b_DEX5 | COMPOUND | DEX | -
E | b_cc | COMPOUND | CC | -
R | TI | b_DEX | b_mice
R | TI | b_DEX2 | b_mice
R | TI | b_DEX3 | b_mice
R | TI | b_DEX4 | b_mice
R | TI | b_aln | b_mice
R | TI | b_DEX5 | b_mice
R | TI | b_cc | b_mice
# s3 (one sentence: English ';' ends none; each giving clause -> the mice of this sentence; label mentions DEX/ALN/CC get no relation, the named compounds carry TI)
E | c_gio | DISEASE | GIO | -
E | c_dex | COMPOUND | dexamethasone | -
E | c_DEX | COMPOUND | DEX | -
E | c_c1 | CONCENTRATION | 5 mg/kg/day | - | 5 mg/kg/d
E | c_d | DURATION | 8 weeks | -
E | c_mice | ORGANISM | mice | -
E | c_DEXa | COMPOUND | DEX | -
E | c_DEXb | COMPOUND | DEX | -
E | c_cor | COMPOUND | cordycepin | -
E | c_c2 | CONCENTRATION | 10 and 20 mg/kg/day | - | 10,20 mg/kg/d
E | c_DEXc | COMPOUND | DEX | -
E | c_ALN | COMPOUND | ALN | -
E | c_aln | COMPOUND | alendronate | -
E | c_c3 | CONCENTRATION | 1 mg/kg/day | - | 1 mg/kg/d
E | c_DEXd | COMPOUND | DEX | -
E | c_CC | COMPOUND | CC | -
E | c_ampk | GENE | AMPK | -
E | c_cc | COMPOUND | Compound C | -
E | c_c4 | CONCENTRATION | 10 mg/kg | - | 10 mg/kg
R | TI | c_dex | c_mice
R | CONC | c_dex | c_c1
R | DUR | c_dex | c_d
R | TI | c_cor | c_mice
R | CONC | c_cor | c_c2
R | TI | c_aln | c_mice
R | CONC | c_aln | c_c3
R | DOWN | c_cc | c_ampk
R | TI | c_cc | c_mice
R | CONC | c_cc | c_c4
# s4 (HE staining: method name, not annotated)
# s5 in vitro
E | e_mc | CELL_LINE | MC3T3-E1 | -
E | e_c1 | CONCENTRATION | 10-6 M | - | 1e-6 mol/L
E | e_DEX | COMPOUND | DEX | -
E | e_COR | COMPOUND | COR | -
E | e_c2 | CONCENTRATION | 5, 10 μM | - | 5,10 umol/L
R | TI | e_DEX | e_mc
R | CONC | e_DEX | e_c1
R | TI | e_COR | e_mc
R | CONC | e_COR | e_c2
# s6 measurements
E | f_pampk | GENE | p-AMPK | -
E | f_ampk | GENE | AMPK | -
E | f_lc3 | GENE | LC3-II | -
E | f_p62 | GENE | p62 | -
E | f_bec | GENE | Beclin-1 | -
E | f_runx2 | GENE | Runx2 | -
E | f_ocn | GENE | OCN | -
# s7 (DEX is the model compound: no regulation from it, guideline v1.3)
E | g_DEX | COMPOUND | DEX | -
E | g_p1np | GENE | P1NP | -
# s8 (agents COR-H / COR-L are coded labels: no relation; DEX in group label)
E | h_p1np | GENE | P1NP | -
E | h_DEX | COMPOUND | DEX | -
# s9 (ratios: no relation; restored = UP; result in cells, no giving word: no TI)
E | i_mc | CELL_LINE | MC3T3-E1 | -
E | i_COR | COMPOUND | COR | -
E | i_pampk | GENE | p-AMPK | -
E | i_ampk | GENE | AMPK | -
E | i_lc3 | GENE | LC3-II | -
E | i_lc3i | GENE | LC3-I | -
E | i_bec | GENE | Beclin-1 | -
E | i_p62 | GENE | p62 | -
E | i_runx2 | GENE | Runx2 | -
E | i_ocn | GENE | OCN | -
R | UP | i_COR | i_bec
R | DOWN | i_COR | i_p62
R | UP | i_COR | i_runx2
R | UP | i_COR | i_ocn
# s10 negated
E | j_trap | GENE | TRAP | -
E | j_oc | CELL_TYPE | osteoclasts | -
E | j_COR | COMPOUND | COR | -
# s11 effect abolished by inhibitor: nothing
E | k_COR | COMPOUND | COR | -
E | k_cc | COMPOUND | Compound C | -
# s12 conclusion (preventing bone loss in GIO mice = TREATS; activation of AMPK attributed to the effect = UP; autophagy a process)
E | l_cor | COMPOUND | Cordycepin | -
E | l_gio | DISEASE | GIO | -
E | l_mice | ORGANISM | mice | -
E | l_ampk | GENE | AMPK | -
E | l_ob | CELL_TYPE | osteoblast | -
R | TREATS | l_cor | l_gio
R | UP | l_cor | l_ampk
