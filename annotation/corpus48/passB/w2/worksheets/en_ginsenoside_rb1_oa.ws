# s0 title (attenuates chondrocyte apoptosis = UP; OA model = TREATS; ACLT procedure not annotated; "in rats": no giving word)
E | s0_grb1 | COMPOUND | Ginsenoside Rb1 | -
E | s0_ch | CELL_TYPE | chondrocyte | -
E | s0_rats | ORGANISM | rats | -
E | s0_oa | DISEASE | osteoarthritis | -
R | UP | s0_grb1 | s0_ch
R | TREATS | s0_grb1 | s0_oa
# s1 background
E | s1_oal | DISEASE | Osteoarthritis | -
E | s1_oa | DISEASE | OA | -
E | s1_ch | CELL_TYPE | chondrocyte | -
# s2 (saponin: appositive descriptor)
E | s2_grb1l | COMPOUND | Ginsenoside Rb1 | -
E | s2_grb1 | COMPOUND | GRb1 | -
E | s2_pg | ORGANISM | Panax ginseng | -
# s3 (rat modifies the cell; IL-1β protein stimulus: concentration unlinked; 24 h to GRb1)
E | s3_ch | CELL_TYPE | chondrocytes | -
E | s3_il1l | GENE | interleukin-1β | -
E | s3_il1 | GENE | IL-1β | -
E | s3_c1 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | s3_grb1 | COMPOUND | GRb1 | -
E | s3_c2 | CONCENTRATION | 10, 25 and 50 μM | - | 10,25,50 umol/L
E | s3_d | DURATION | 24 h | -
R | TI | s3_grb1 | s3_ch
R | CONC | s3_grb1 | s3_c2
R | DUR | s3_grb1 | s3_d
# s4 (annexin V: protein reagent; Bax/Bcl-2 ratio: no relation; ER = endoplasmic reticulum, not annotated)
E | s4_grb1 | COMPOUND | GRb1 | -
E | s4_anx | GENE | annexin V | -
E | s4_c | CONCENTRATION | 50 μM | - | 50 umol/L
E | s4_bax | GENE | Bax | -
E | s4_bcl2 | GENE | Bcl-2 | -
E | s4_casp3 | GENE | caspase-3 | -
E | s4_grp78 | GENE | GRP78 | -
E | s4_chop | GENE | CHOP | -
E | s4_perk | GENE | PERK | -
R | CONC | s4_grb1 | s4_c
R | DOWN | s4_grb1 | s4_casp3
R | DOWN | s4_grb1 | s4_grp78
R | DOWN | s4_grb1 | s4_chop
R | DOWN | s4_grb1 | s4_perk
# s5 ("It": agent in the previous sentence, none in this one: no relation)
E | s5_col2 | GENE | collagen type II | -
E | s5_acan | GENE | aggrecan | -
E | s5_mmp13 | GENE | MMP-13 | -
E | s5_adamts5 | GENE | ADAMTS-5 | -
E | s5_mmp3 | GENE | MMP-3 | -
# s6 (inducer of a process; abolished effect: none)
E | s6_tun | COMPOUND | tunicamycin | -
E | s6_c | CONCENTRATION | 2 μg/mL | - | 2 ug/mL
E | s6_grb1 | COMPOUND | GRb1 | -
R | CONC | s6_tun | s6_c
# s7 in vivo (group allocation; ACLT not annotated)
E | s7_rats | ORGANISM | Sprague–Dawley rats | -
E | s7_grb1 | COMPOUND | GRb1 | -
E | s7_c | CONCENTRATION | 10, 20 or 40 mg/kg | - | 10,20,40 mg/kg
E | s7_d | DURATION | 8 weeks | -
R | TI | s7_grb1 | s7_rats
R | CONC | s7_grb1 | s7_c
R | DUR | s7_grb1 | s7_d
# s8 (stains = assay reagents; proteoglycan: class word, not annotated; fewer TUNEL+ chondrocytes = UP cell; CHOP fell, agent GRb1)
E | s8_hem | COMPOUND | Haematoxylin | -
E | s8_eos | COMPOUND | eosin | -
E | s8_saf | COMPOUND | safranin O | -
E | s8_fg | COMPOUND | fast green | -
E | s8_grb1 | COMPOUND | GRb1 | -
E | s8_ch | CELL_TYPE | chondrocytes | -
E | s8_chop | GENE | CHOP | -
R | UP | s8_grb1 | s8_ch
R | DOWN | s8_grb1 | s8_chop
# s9 conclusion
E | s9_grb1 | COMPOUND | GRb1 | -
E | s9_oa | DISEASE | OA | -
E | s9_ch | CELL_TYPE | chondrocyte | -
R | TREATS | s9_grb1 | s9_oa
R | UP | s9_grb1 | s9_ch
