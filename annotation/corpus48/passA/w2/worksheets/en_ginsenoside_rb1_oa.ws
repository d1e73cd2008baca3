# s0 title (attenuates chondrocyte apoptosis = anti-apoptotic -> UP cell; attenuating OA features in an OA model -> TREATS; "in rats with" no giving word: no TI; ACLT procedure not annotated)
E | t_grb1 | COMPOUND | Ginsenoside Rb1 | -
E | t_ch | CELL_TYPE | chondrocyte | -
E | t_rats | ORGANISM | rats | -
E | t_oa | DISEASE | osteoarthritis | -
R | UP | t_grb1 | t_ch
R | TREATS | t_grb1 | t_oa
# s1 background (ECM not annotated)
E | a_oal | DISEASE | Osteoarthritis | -
E | a_oa | DISEASE | OA | -
E | a_ch | CELL_TYPE | chondrocyte | -
# s2 (protopanaxadiol saponin: appositive descriptor)
E | b_grb1 | COMPOUND | Ginsenoside Rb1 | -
E | b_GRb1 | COMPOUND | GRb1 | -
E | b_pg | ORGANISM | Panax ginseng | -
# s3 (rat modifies the cell name; IL-1β protein stimulus: GENE, amount unlinked; 24 h covers the GRb1 co-treatment)
E | c_ch | CELL_TYPE | chondrocytes | -
E | c_il1l | GENE | interleukin-1β | -
E | c_il1 | GENE | IL-1β | -
E | c_c1 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | c_GRb1 | COMPOUND | GRb1 | -
E | c_c2 | CONCENTRATION | 10, 25 and 50 μM | - | 10,25,50 umol/L
E | c_d | DURATION | 24 h | -
R | TI | c_GRb1 | c_ch
R | CONC | c_GRb1 | c_c2
R | DUR | c_GRb1 | c_d
# s4 (annexin V: protein reagent, GENE; percentages are results; Bax/Bcl-2 ratio: no relation; ER = endoplasmic reticulum, not annotated)
E | d_GRb1 | COMPOUND | GRb1 | -
E | d_anx | GENE | annexin V | -
E | d_c | CONCENTRATION | 50 μM | - | 50 umol/L
E | d_bax | GENE | Bax | -
E | d_bcl2 | GENE | Bcl-2 | -
E | d_casp3 | GENE | caspase-3 | -
E | d_grp78 | GENE | GRP78 | -
E | d_chop | GENE | CHOP | -
E | d_perk | GENE | PERK | -
R | CONC | d_GRb1 | d_c
R | DOWN | d_GRb1 | d_casp3
R | DOWN | d_GRb1 | d_grp78
R | DOWN | d_GRb1 | d_chop
R | DOWN | d_GRb1 | d_perk
# s5 ("It": no mention of the agent in this sentence -> no relation; MMP-3 unchanged)
E | e_col2 | GENE | collagen type II | -
E | e_acan | GENE | aggrecan | -
E | e_mmp13 | GENE | MMP-13 | -
E | e_adamts5 | GENE | ADAMTS-5 | -
E | e_mmp3 | GENE | MMP-3 | -
# s6 (inducer abolishing the compound's effect: nothing but its concentration)
E | f_tun | COMPOUND | tunicamycin | -
E | f_c | CONCENTRATION | 2 μg/mL | - | 2 ug/mL
E | f_GRb1 | COMPOUND | GRb1 | -
R | CONC | f_tun | f_c
# s7 (group allocation; ACLT procedure/group labels not annotated)
E | g_sd | ORGANISM | Sprague–Dawley rats | -
E | g_GRb1 | COMPOUND | GRb1 | -
E | g_c | CONCENTRATION | 10, 20 or 40 mg/kg | - | 10,20,40 mg/kg
E | g_d | DURATION | 8 weeks | -
R | TI | g_GRb1 | g_sd
R | CONC | g_GRb1 | g_c
R | DUR | g_GRb1 | g_d
# s8 (stains: COMPOUND reagents; proteoglycan: matrix class, not annotated; an English ";" ends no sentence, so the elided agent of "fell likewise" is GRb1: fewer TUNEL-positive chondrocytes = anti-apoptotic UP, CHOP down)
E | h_hae | COMPOUND | Haematoxylin | -
E | h_eos | COMPOUND | eosin | -
E | h_saf | COMPOUND | safranin O | -
E | h_fg | COMPOUND | fast green | -
E | h_GRb1 | COMPOUND | GRb1 | -
E | h_ch | CELL_TYPE | chondrocytes | -
E | h_chop | GENE | CHOP | -
R | UP | h_GRb1 | h_ch
R | DOWN | h_GRb1 | h_chop
# s9 conclusion (protects cartilage in experimental OA -> TREATS; relieving chondrocyte apoptosis -> UP)
E | i_GRb1 | COMPOUND | GRb1 | -
E | i_oa | DISEASE | OA | -
E | i_ch | CELL_TYPE | chondrocyte | -
R | TREATS | i_GRb1 | i_oa
R | UP | i_GRb1 | i_ch
