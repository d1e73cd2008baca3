# s0 title (promotes osteogenic differentiation of BMSCs = UP; "human" species modifier; "HIF-1α and ERK1/2 signaling pathway": shared head, two PATHWAY mentions; "through" neutral)
E | t_pue | COMPOUND | Puerarin | -
E | t_bmsc | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | t_hif | PATHWAY | HIF-1α | -
E | t_erk | PATHWAY | ERK1/2 signaling pathway | -
R | UP | t_pue | t_bmsc
# s1 Objective (study aim = TI to the long form)
E | a_pue | COMPOUND | puerarin | -
E | a_PUE | COMPOUND | PUE | -
E | a_bmscl | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | a_bmsc | CELL_TYPE | hBMSCs | -
R | TI | a_pue | a_bmscl
# s2 Methods (21% / 1% O2: applied gas amounts, CONCENTRATION; cultured under = exposure; PUE-L/M/H coded labels; PD98059 inside the group label annotated; named compounds in parentheses carry TI and doses; inhibitor -> named target)
E | b_bmsc | CELL_TYPE | hBMSCs | -
E | b_c1 | CONCENTRATION | 21% | - | 21 %
E | b_o2a | COMPOUND | O2 | -
E | b_c2 | CONCENTRATION | 1% | - | 1 %
E | b_o2b | COMPOUND | O2 | -
E | b_pue1 | COMPOUND | puerarin | -
E | b_c3 | CONCENTRATION | 10-7, 10-6 and 10-5 mol/L | - | 1e-7,1e-6,1e-5 mol/L
E | b_pdl | COMPOUND | PD98059 | -
E | b_c4 | CONCENTRATION | 10-5 mol/L | - | 1e-5 mol/L
E | b_pue2 | COMPOUND | puerarin | -
E | b_c5 | CONCENTRATION | 10 μmol/L | - | 10 umol/L
E | b_erk | GENE | ERK1/2 | -
E | b_pd | COMPOUND | PD98059 | -
R | CONC | b_o2a | b_c1
R | TI | b_o2a | b_bmsc
R | CONC | b_o2b | b_c2
R | TI | b_o2b | b_bmsc
R | TI | b_pue1 | b_bmsc
R | CONC | b_pue1 | b_c3
R | TI | b_pue2 | b_bmsc
R | CONC | b_pue2 | b_c4
R | TI | b_pd | b_bmsc
R | CONC | b_pd | b_c5
R | DOWN | b_pd | b_erk
# s3 (CCK-8 assay reagent; culture times, no compound in the sentence)
E | c_cck | COMPOUND | CCK-8 | -
E | c_d | DURATION | 24, 48 and 72 h | -
# s4 (day 7 / day 21 time points; Alizarin red S assay reagent)
E | d_alp | GENE | ALP | -
E | d_ars | COMPOUND | Alizarin red S | -
# s5 measurements
E | e_hif | GENE | HIF-1α | -
E | e_runx2 | GENE | Runx2 | -
E | e_alp | GENE | ALP | -
E | e_opn | GENE | OPN | -
E | e_erk | GENE | ERK1/2 | -
E | e_perk | GENE | p-ERK1/2 | -
# s6 (no cytotoxicity: only the concentration)
E | f_PUE | COMPOUND | PUE | -
E | f_c | CONCENTRATION | 10-5 mol/L | - | 1e-5 mol/L
E | f_bmsc | CELL_TYPE | hBMSCs | -
R | CONC | f_PUE | f_c
# s7 (hypoxia is no compound: no relation; calcium names the substance of the nodules)
E | g_alp | GENE | ALP | -
E | g_ca | COMPOUND | calcium | -
# s8 (agents PUE-M / PUE-H / PUE-L are coded labels: no relation)
E | h_alp | GENE | ALP | -
E | h_runx2 | GENE | Runx2 | -
E | h_alp2 | GENE | ALP | -
E | h_opn | GENE | OPN | -
# s9 (ratio: no relation; total ERK1/2 unchanged)
E | i_PUE | COMPOUND | PUE@1357 | -
E | i_hif | GENE | HIF-1α | -
E | i_perk | GENE | p-ERK1/2 | -
E | i_erk | GENE | ERK1/2 | -
E | i_erk2 | GENE | ERK1/2 | -
R | UP | i_PUE | i_hif
# s10 (PUE-induced increase asserted = UP; inhibitor suppressing the induced genes = DOWN; co-treatment names no system; HIF-1α not altered)
E | j_pd | COMPOUND | PD98059 | -
E | j_PUE | COMPOUND | PUE | -
E | j_alp | GENE | ALP | -
E | j_opn | GENE | OPN | -
E | j_hif | GENE | HIF-1α | -
R | UP | j_PUE | j_alp
R | UP | j_PUE | j_opn
R | DOWN | j_pd | j_alp
R | DOWN | j_pd | j_opn
# s11 conclusion (attenuating the inhibition of differentiation = UP; upregulation / activation attributed to the effect = UP)
E | k_pue | COMPOUND | Puerarin | -
E | k_bmsc | CELL_TYPE | hBMSCs | -
E | k_hif | GENE | HIF-1α | -
E | k_erk | PATHWAY | ERK1/2 pathway | -
R | UP | k_pue | k_bmsc
R | UP | k_pue | k_hif
R | UP | k_pue | k_erk
