# s0 title (rescues differentiation -> UP BMSCs; "impaired by high glucose": stimulus in a modifier, no relation; glucose without "high")
E | t_salb | COMPOUND | Salvianolic acid B | -
E | t_bmsc | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | t_glc | COMPOUND | glucose | -
R | UP | t_salb | t_bmsc
# s1 (hyperglycemia: DISEASE, cannot be an agent)
E | a_dop | DISEASE | Diabetic osteoporosis | -
E | a_hg | DISEASE | hyperglycemia | -
E | a_bmscl | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | a_bmsc | CELL_TYPE | BMSCs | -
# s2 (polyphenol / antioxidant: descriptors; "BMSCs exposed to high glucose" = exposure word -> TI glucose; Sal B action "not examined": no relation)
E | b_salbl | COMPOUND | Salvianolic acid B | -
E | b_salb | COMPOUND | Sal B | -
E | b_sm | ORGANISM | Salvia miltiorrhiza | -
E | b_ds | ORGANISM | Danshen | -
E | b_bmsc | CELL_TYPE | BMSCs | -
E | b_glc | COMPOUND | glucose | -
R | TI | b_glc | b_bmsc
# s3 (cultured in = exposure; Rat modifies the cell; Sal B added to the medium of the named BMSCs; 14 days belongs to Sal B clause)
E | c_bmsc | CELL_TYPE | BMSCs | -
E | c_glc1 | COMPOUND | glucose | -
E | c_c1 | CONCENTRATION | 5.5 mM | - | 5.5 mmol/L
E | c_glc2 | COMPOUND | glucose | -
E | c_HG | COMPOUND | HG | -
E | c_c2 | CONCENTRATION | 30 mM | - | 30 mmol/L
E | c_man | COMPOUND | mannitol | -
E | c_salb | COMPOUND | Sal B | -
E | c_HG2 | COMPOUND | HG | -
E | c_c3 | CONCENTRATION | 1, 5 and 10 μM | - | 1,5,10 umol/L
E | c_d | DURATION | 14 days | -
R | TI | c_glc1 | c_bmsc
R | CONC | c_glc1 | c_c1
R | TI | c_glc2 | c_bmsc
R | CONC | c_glc2 | c_c2
R | TI | c_man | c_bmsc
R | TI | c_salb | c_bmsc
R | CONC | c_salb | c_c3
R | DUR | c_salb | c_d
# s4 (stimulus as subject: relations as in dev HG / H2O2 sentences; "calcium deposition" = process word, not annotated; mannitol negated)
E | d_HG | COMPOUND | HG | -
E | d_alp | GENE | ALP | -
E | d_runx2 | GENE | Runx2 | -
E | d_col1l | GENE | collagen type I | -
E | d_col1 | GENE | COL1A1 | -
E | d_opnl | GENE | osteopontin | -
E | d_opn | GENE | OPN | -
E | d_rosl | COMPOUND | reactive oxygen species | -
E | d_ros | COMPOUND | ROS | -
E | d_man | COMPOUND | mannitol | -
R | DOWN | d_HG | d_alp
R | DOWN | d_HG | d_runx2
R | DOWN | d_HG | d_col1l
R | DOWN | d_HG | d_opnl
R | UP | d_HG | d_rosl
# s5 ("it" -> Sal B, nearest preceding; "reversed these changes": anaphora; HG group: no system)
E | e_salb | COMPOUND | Sal B | -
E | e_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | e_runx2 | GENE | Runx2 | -
E | e_HG | COMPOUND | HG | -
E | e_ros | COMPOUND | ROS | -
R | CONC | e_salb | e_c
R | UP | e_salb | e_runx2
R | DOWN | e_salb | e_ros
# s6 (restored phosphorylation / nuclear increase = UP; Ser473 residue not annotated; total Akt unchanged)
E | f_salb | COMPOUND | Sal B | -
E | f_akt | GENE | Akt | -
E | f_gsk | GENE | GSK-3β | -
E | f_bcat | GENE | β-catenin | -
E | f_akt2 | GENE | Akt | -
R | UP | f_salb | f_akt
R | UP | f_salb | f_gsk
R | UP | f_salb | f_bcat
# s7 (inhibitor -> named target DOWN; the Sal B-rescued Runx2 expression suppressed by the inhibitor -> DOWN; Sal B's rescue denied here)
E | g_pi3k | GENE | PI3K | -
E | g_ly | COMPOUND | LY294002 | -
E | g_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | g_salb | COMPOUND | Sal B | -
E | g_runx2 | GENE | Runx2 | -
R | DOWN | g_ly | g_pi3k
R | CONC | g_ly | g_c
R | DOWN | g_ly | g_runx2
# s8 (STZ + explicit "induced" + animal = exposure TI; disease adjective + animal = DISEASE + ORGANISM; oral = giving; blood glucose names the substance, effect denied)
E | h_stzl | COMPOUND | streptozotocin | -
E | h_stz | COMPOUND | STZ | -
E | h_diab | DISEASE | diabetic | -
E | h_rats | ORGANISM | rats | -
E | h_salb | COMPOUND | Sal B | -
E | h_c | CONCENTRATION | 20 and 40 mg/kg per day | - | 20,40 mg/kg/d
E | h_d | DURATION | 8 weeks | -
E | h_ocn | GENE | osteocalcin | -
E | h_glc | COMPOUND | glucose | -
R | TI | h_stzl | h_rats
R | TI | h_salb | h_rats
R | CONC | h_salb | h_c
R | DUR | h_salb | h_d
R | UP | h_salb | h_ocn
# s9 (protects BMSC osteogenesis -> UP; "through ... signaling" = via)
E | i_salb | COMPOUND | Sal B | -
E | i_bmsc | CELL_TYPE | BMSC | -
E | i_glc | COMPOUND | glucose | -
E | i_path | PATHWAY | PI3K/Akt/GSK-3β/β-catenin signaling | -
R | UP | i_salb | i_bmsc
