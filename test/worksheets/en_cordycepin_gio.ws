# title (ameliorates GIO = TREATS; "activating AMPK-mediated autophagy": the activated thing is autophagy, AMPK only mediates: no relation; no giving word)
E | t_cor | COMPOUND | Cordycepin | -
E | t_gio | DISEASE | glucocorticoid-induced osteoporosis | -
E | t_mice | ORGANISM | mice | -
E | t_ampk | GENE | AMPK | -
E | t_ob | CELL_TYPE | osteoblasts | -
R | TREATS | t_cor | t_gio
# objective (study aim = TESTED_IN; aim wording "protective effect" gives no TREATS, as in the dev aims; whether-clause is a question)
E | a_cor | COMPOUND | cordycepin | -
E | a_COR | COMPOUND | COR | -
E | a_giol | DISEASE | glucocorticoid-induced osteoporosis | -
E | a_gio | DISEASE | GIO | -
E | a_mice | ORGANISM | mice | -
E | a_ampk | GENE | AMPK | -
R | TI | a_cor | a_mice
# methods 1 group allocation (names in labels annotated: DEX, ALN, CC; COR-L/COR-H are coded labels; each treated arm its own link)
E | b_mice | ORGANISM | C57BL/6 mice | -
E | b_dex1 | COMPOUND | DEX | -
E | b_dex2 | COMPOUND | DEX | -
E | b_dex3 | COMPOUND | DEX | -
E | b_dex4 | COMPOUND | DEX | -
E | b_aln | COMPOUND | ALN | -
E | b_dex5 | COMPOUND | DEX | -
E | b_cc | COMPOUND | CC | -
R | TI | b_dex1 | b_mice
R | TI | b_dex2 | b_mice
R | TI | b_dex3 | b_mice
R | TI | b_dex4 | b_mice
R | TI | b_aln | b_mice
R | TI | b_dex5 | b_mice
R | TI | b_cc | b_mice
# methods 2 (English ';' ends no sentence; DEX injection clause names no system: no TI; model compound: no regulation; inhibitor -> named target)
E | c_gio | DISEASE | GIO | -
E | c_dexl | COMPOUND | dexamethasone | -
E | c_dex | COMPOUND | DEX | -
E | c_c1 | CONCENTRATION | 5 mg/kg/day | - | 5 mg/kg/d
E | c_d | DURATION | 8 weeks | -
E | c_mice | ORGANISM | mice | -
E | c_dex2 | COMPOUND | DEX | -
E | c_dex3 | COMPOUND | DEX | -
E | c_cor | COMPOUND | cordycepin | -
E | c_c2 | CONCENTRATION | 10 and 20 mg/kg/day | - | 10,20 mg/kg/d
E | c_dex4 | COMPOUND | DEX | -
E | c_aln | COMPOUND | ALN | -
E | c_alnl | COMPOUND | alendronate | -
E | c_c3 | CONCENTRATION | 1 mg/kg/day | - | 1 mg/kg/d
E | c_dex5 | COMPOUND | DEX | -
E | c_cc | COMPOUND | CC | -
E | c_ampk | GENE | AMPK | -
E | c_ccl | COMPOUND | Compound C | -
E | c_c4 | CONCENTRATION | 10 mg/kg | - | 10 mg/kg
R | CONC | c_dexl | c_c1
R | DUR | c_dexl | c_d
R | TI | c_cor | c_mice
R | CONC | c_cor | c_c2
R | TI | c_alnl | c_mice
R | CONC | c_alnl | c_c3
R | TI | c_ccl | c_mice
R | CONC | c_ccl | c_c4
R | DOWN | c_ccl | c_ampk
# methods 3 (HE = hematoxylin-eosin stain: assay reagent)
E | d_he | COMPOUND | HE | -
# methods 4 (10-6 M = 1e-6 mol/L)
E | e_mc | CELL_LINE | MC3T3-E1 | -
E | e_c1 | CONCENTRATION | 10-6 M | - | 1e-6 mol/L
E | e_dex | COMPOUND | DEX | -
E | e_cor | COMPOUND | COR | -
E | e_c2 | CONCENTRATION | 5, 10 μM | - | 5,10 umol/L
R | TI | e_dex | e_mc
R | CONC | e_dex | e_c1
R | TI | e_cor | e_mc
R | CONC | e_cor | e_c2
# methods 5 measurements
E | f_pampk | GENE | p-AMPK | -
E | f_ampk | GENE | AMPK | -
E | f_lc3 | GENE | LC3-II | -
E | f_p62 | GENE | p62 | -
E | f_bec | GENE | Beclin-1 | -
E | f_runx2 | GENE | Runx2 | -
E | f_ocn | GENE | OCN | -
# results 1 (DEX = model compound: no regulation)
E | g_dex | COMPOUND | DEX | -
E | g_p1np | GENE | P1NP | -
# results 2 (agent only as coded label COR-H: no relation; DEX in a group label)
E | h_p1np | GENE | P1NP | -
E | h_dex | COMPOUND | DEX | -
# results 3 (ratios: no relation; restored = UP; result in MC3T3-E1 without giving word: no TI)
E | i_mc | CELL_LINE | MC3T3-E1 | -
E | i_cor | COMPOUND | COR | -
E | i_pampk | GENE | p-AMPK | -
E | i_ampk | GENE | AMPK | -
E | i_lc3ii | GENE | LC3-II | -
E | i_lc3i | GENE | LC3-I | -
E | i_bec | GENE | Beclin-1 | -
E | i_p62 | GENE | p62 | -
E | i_runx2 | GENE | Runx2 | -
E | i_ocn | GENE | OCN | -
R | UP | i_cor | i_bec
R | DOWN | i_cor | i_p62
R | UP | i_cor | i_runx2
R | UP | i_cor | i_ocn
# results 4 negated
E | j_trap | GENE | TRAP | -
E | j_oc | CELL_TYPE | osteoclasts | -
E | j_cor | COMPOUND | COR | -
# results 5 (effect abolished by an inhibitor: no relation)
E | k_cor | COMPOUND | COR | -
E | k_cc | COMPOUND | Compound C | -
# conclusion (prevent bone loss in GIO mice = TREATS; "activation of AMPK" = UP, hedged; autophagy in osteoblast is not a cell-regulation category)
E | l_cor | COMPOUND | Cordycepin | -
E | l_gio | DISEASE | GIO | -
E | l_mice | ORGANISM | mice | -
E | l_ampk | GENE | AMPK | -
E | l_ob | CELL_TYPE | osteoblast | -
R | TREATS | l_cor | l_gio
R | UP | l_cor | l_ampk
