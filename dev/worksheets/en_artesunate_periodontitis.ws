# title (alleviates bone loss in a periodontitis model = TREATS; regulating = neutral; no giving word; ratio: no relation)
E | t_art | COMPOUND | Artesunate | -
E | t_rat | ORGANISM | rats | -
E | t_per | DISEASE | periodontitis | -
E | t_il1b | GENE | IL-1β | -
E | t_rankl | GENE | RANKL | -
E | t_opg | GENE | OPG | -
R | TREATS | t_art | t_per
# s1 background
E | a_per | DISEASE | Periodontitis | -
# s2 (derivative: appositive descriptor; anti-inflammatory: no disease)
E | b_art | COMPOUND | Artesunate | -
E | b_ART | COMPOUND | ART | -
E | b_artm | COMPOUND | artemisinin | -
# s3 aim (the effect of X on ... in rats = TESTED_IN)
E | c_art | COMPOUND | ART | -
E | c_per | DISEASE | periodontitis | -
E | c_rat | ORGANISM | rats | -
R | TI | c_art | c_rat
# s4 group allocation: ART-L/M/H are coded labels (not annotated), so the doses have no compound in the sentence
E | d_sd | ORGANISM | Sprague-Dawley rats | -
E | d_c1 | CONCENTRATION | 10 mg/kg | - | 10 mg/kg
E | d_c2 | CONCENTRATION | 20 mg/kg | - | 20 mg/kg
E | d_c3 | CONCENTRATION | 40 mg/kg | - | 40 mg/kg
E | d_rat | ORGANISM | rats | -
# s5 (4 weeks = ligature period; no system named for ART; "normal\nsaline" broken by a line break: not annotated)
E | e_per | DISEASE | Periodontitis | -
E | e_d | DURATION | 4 weeks | -
E | e_art | COMPOUND | ART | -
# s6 nothing; s7 measurements
E | adj_912 | COMPOUND | normal saline@912 | -
E | f_il1b | GENE | IL-1β | -
E | f_tnf | GENE | TNF-α | -
E | f_rankl | GENE | RANKL | -
E | f_opg | GENE | OPG | -
# s8 (agent only as coded labels ART-M/ART-H: no relation)
E | g_trap | GENE | TRAP | -
E | g_oc | CELL_TYPE | osteoclasts | -
# s9 (ratio: no relation; ART-L clause negated)
E | h_art | COMPOUND | ART | -
E | h_il1b | GENE | IL-1β | -
E | h_tnf | GENE | TNF-α | -
E | h_rankl | GENE | RANKL | -
E | h_rankl2 | GENE | RANKL | -
E | h_opg | GENE | OPG | -
# ART inside the coded label ART-L: annotated ONLY because the worksheet search cannot skip it to reach ART in ART-treated (see NOTES)
R | DOWN | h_art | h_il1b
R | DOWN | h_art | h_tnf
R | DOWN | h_art | h_rankl
# s10 (ART-treated rats = TESTED_IN)
E | i_art | COMPOUND | ART@1677 | -
E | i_rat | ORGANISM | rats | -
R | TI | i_art | i_rat
# s11 conclusion (inhibits bone resorption in periodontitis = TREATS)
E | j_art | COMPOUND | artesunate | -
E | j_per | DISEASE | periodontitis | -
E | j_rankl | GENE | RANKL | -
E | j_opg | GENE | OPG | -
R | TREATS | j_art | j_per
