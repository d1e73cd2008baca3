# title (promotes osteogenic differentiation of BMSCs = UP of the cell; "HIF-1α and ERK1/2 signaling pathway": shared head stays with the last conjunct, both PATHWAY; through = via: no relation; "human" species modifier; hypoxia a condition)
E | t_pue | COMPOUND | Puerarin | -
E | t_bmsc | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | t_hif | PATHWAY | HIF-1α | -
E | t_erk | PATHWAY | ERK1/2 signaling pathway | -
R | UP | t_pue | t_bmsc
# objective (study aim = TESTED_IN to the long form)
E | a_pue | COMPOUND | puerarin | -
E | a_PUE | COMPOUND | PUE | -
E | a_bmscl | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | a_bmsc | CELL_TYPE | hBMSCs | -
R | TI | a_pue | a_bmscl
# methods 1 (O2 atmosphere: % followed by the substance = CONCENTRATION, cultured under = exposure; PUE-L/M/H coded labels; PD98059 in the label PUE-H+PD98059 is a name; one TI per arm from the dosed mention; inhibitor -> named target; 10-7 etc. = lost superscripts)
E | b_bmsc | CELL_TYPE | hBMSCs | -
E | b_c1 | CONCENTRATION | 21% | - | 21 %
E | b_o2a | COMPOUND | O2 | -
E | b_c2 | CONCENTRATION | 1% | - | 1 %
E | b_o2b | COMPOUND | O2 | -
E | b_pue1 | COMPOUND | puerarin | -
E | b_c3 | CONCENTRATION | 10-7, 10-6 and 10-5 mol/L | - | 1e-7,1e-6,1e-5 mol/L
E | b_pd1 | COMPOUND | PD98059 | -
E | b_c4 | CONCENTRATION | 10-5 mol/L | - | 1e-5 mol/L
E | b_pue2 | COMPOUND | puerarin | -
E | b_c5 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
E | b_erk | GENE | ERK1/2 | -
E | b_pd2 | COMPOUND | PD98059 | -
R | CONC | b_o2a | b_c1
R | CONC | b_o2b | b_c2
R | TI | b_o2a | b_bmsc
R | TI | b_o2b | b_bmsc
R | TI | b_pue1 | b_bmsc
R | CONC | b_pue1 | b_c3
R | TI | b_pue2 | b_bmsc
R | CONC | b_pue2 | b_c4
R | TI | b_pd2 | b_bmsc
R | CONC | b_pd2 | b_c5
R | DOWN | b_pd2 | b_erk
# methods 2 (CCK-8 assay reagent; culture times without a compound in the sentence: unlinked)
E | c_cck | COMPOUND | CCK-8 | -
E | c_d | DURATION | 24, 48 and 72 h | -
# methods 3 (day 7 / day 21 are time points)
E | d_alp | GENE | ALP | -
E | d_ars | COMPOUND | Alizarin red S | -
# methods 4 measurements
E | e_hif | GENE | HIF-1α | -
E | e_runx2 | GENE | Runx2 | -
E | e_alp | GENE | ALP | -
E | e_opn | GENE | OPN | -
E | e_erk | GENE | ERK1/2 | -
E | e_perk | GENE | p-ERK1/2 | -
# results 1 (cytotoxicity negated: HAS_CONCENTRATION only)
E | f_pue | COMPOUND | PUE | -
E | f_c | CONCENTRATION | 10-5 mol/L | - | 1e-5 mol/L
E | f_bmsc | CELL_TYPE | hBMSCs | -
R | CONC | f_pue | f_c
# results 2 (hypoxia is no entity; "calcium nodule" is a process/structure word like 钙化)
E | g_alp | GENE | ALP | -
# results 3 (agents only as coded labels PUE-M/PUE-H: no relation)
E | h_alp | GENE | ALP | -
E | h_runx2 | GENE | Runx2 | -
E | h_alp2 | GENE | ALP | -
E | h_opn | GENE | OPN | -
# PUE inside the coded label PUE-L: annotated ONLY because the worksheet search cannot skip it to reach "PUE also" (see NOTES)
# results 4 (ratio: no relation; total ERK1/2 unchanged)
E | i_pue | COMPOUND | PUE@1357 | -
E | i_hif | GENE | HIF-1α | -
E | i_perk | GENE | p-ERK1/2 | -
E | i_erk | GENE | ERK1/2 | -
E | i_erk2 | GENE | ERK1/2 | -
R | UP | i_pue | i_hif
# results 5 (PUE-induced increase asserted; inhibitor reverses an effect: nothing; HIF-1α clause negated; PUE-H coded)
E | j_pd | COMPOUND | PD98059 | -
E | j_pue | COMPOUND | PUE | -
E | j_alp | GENE | ALP | -
E | j_opn | GENE | OPN | -
E | j_hif | GENE | HIF-1α | -
R | UP | j_pue | j_alp
R | UP | j_pue | j_opn
# conclusion (attenuating the inhibition of differentiation = UP of the cell; upregulation/activation = UP, hedged mechanism)
E | k_pue | COMPOUND | Puerarin | -
E | k_bmsc | CELL_TYPE | hBMSCs | -
E | k_hif | GENE | HIF-1α | -
E | k_erk | PATHWAY | ERK1/2 pathway | -
R | UP | k_pue | k_bmsc
R | UP | k_pue | k_hif
R | UP | k_pue | k_erk
R | DOWN | j_pd | j_alp
R | DOWN | j_pd | j_opn
