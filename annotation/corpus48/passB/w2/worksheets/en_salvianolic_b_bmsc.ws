# s0 title (rescues differentiation = UP; "impaired by high glucose": model modifier, no relation; glucose without "high")
E | s0_salb | COMPOUND | Salvianolic acid B | -
E | s0_bmsc | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | s0_glc | COMPOUND | glucose | -
R | UP | s0_salb | s0_bmsc
# s1 background (hyperglycemia as DISEASE; not an agent)
E | s1_dop | DISEASE | Diabetic osteoporosis | -
E | s1_hyp | DISEASE | hyperglycemia | -
E | s1_bmscl | CELL_TYPE | bone marrow mesenchymal stem cells | -
E | s1_bmsc | CELL_TYPE | BMSCs | -
# s2 (polyphenol: appositive descriptor; "has not been examined": no assertion, no TESTED_IN)
E | s2_salbl | COMPOUND | Salvianolic acid B | -
E | s2_salb | COMPOUND | Sal B | -
E | s2_sm | ORGANISM | Salvia miltiorrhiza | -
E | s2_ds | ORGANISM | Danshen | -
E | s2_bmsc | CELL_TYPE | BMSCs | -
E | s2_glc | COMPOUND | glucose | -
# s3 methods (cultured in = exposure for glucose arms and mannitol; Sal B added to HG medium: clause names no system)
E | s3_bmsc | CELL_TYPE | BMSCs | -
E | s3_glc1 | COMPOUND | glucose | -
E | s3_c1 | CONCENTRATION | 5.5 mM | - | 5.5 mmol/L
E | s3_glc2 | COMPOUND | glucose | -
E | s3_hg | COMPOUND | HG | -
E | s3_c2 | CONCENTRATION | 30 mM | - | 30 mmol/L
E | s3_man | COMPOUND | mannitol | -
E | s3_salb | COMPOUND | Sal B | -
E | s3_hg2 | COMPOUND | HG | -
E | s3_c3 | CONCENTRATION | 1, 5 and 10 μM | - | 1,5,10 umol/L
E | s3_d | DURATION | 14 days | -
R | TI | s3_glc1 | s3_bmsc
R | TI | s3_glc2 | s3_bmsc
R | TI | s3_man | s3_bmsc
R | CONC | s3_glc1 | s3_c1
R | CONC | s3_glc2 | s3_c2
R | CONC | s3_salb | s3_c3
R | DUR | s3_salb | s3_d
# s4 (HG = model compound: no regulation relation (v1.3); calcium deposition: process word)
E | s4_hg | COMPOUND | HG | -
E | s4_alp | GENE | ALP | -
E | s4_runx2 | GENE | Runx2 | -
E | s4_col1l | GENE | collagen type I | -
E | s4_col1 | GENE | COL1A1 | -
E | s4_opnl | GENE | osteopontin | -
E | s4_opn | GENE | OPN | -
E | s4_rosl | COMPOUND | reactive oxygen species | -
E | s4_ros | COMPOUND | ROS | -
E | s4_man | COMPOUND | mannitol | -
# s5 ("these changes": anaphoric; "it" -> Sal B)
E | s5_salb | COMPOUND | Sal B | -
E | s5_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | s5_runx2 | GENE | Runx2 | -
E | s5_hg | COMPOUND | HG | -
E | s5_ros | COMPOUND | ROS | -
R | CONC | s5_salb | s5_c
R | UP | s5_salb | s5_runx2
R | DOWN | s5_salb | s5_ros
# s6 (restored phosphorylation = UP; total Akt unchanged)
E | s6_salb | COMPOUND | Sal B | -
E | s6_akt | GENE | Akt | -
E | s6_gsk | GENE | GSK-3β | -
E | s6_bcat | GENE | β-catenin | -
E | s6_akt2 | GENE | Akt | -
R | UP | s6_salb | s6_akt
R | UP | s6_salb | s6_gsk
R | UP | s6_salb | s6_bcat
# s7 (inhibitor -> named target; inhibitor prevents the induced Runx2: DOWN; Sal B rescuing Runx2 asserted: UP)
E | s7_pi3k | GENE | PI3K | -
E | s7_ly | COMPOUND | LY294002 | -
E | s7_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | s7_salb | COMPOUND | Sal B | -
E | s7_runx2 | GENE | Runx2 | -
R | DOWN | s7_ly | s7_pi3k
R | CONC | s7_ly | s7_c
R | DOWN | s7_ly | s7_runx2
R | UP | s7_salb | s7_runx2
# s8 in vivo (STZ-induced + animal = exposure; disease adjective + animal = DISEASE + ORGANISM; oral = giving; blood glucose not lowered: negated)
E | s8_stzl | COMPOUND | streptozotocin | -
E | s8_stz | COMPOUND | STZ | -
E | s8_dia | DISEASE | diabetic | -
E | s8_rats | ORGANISM | rats | -
E | s8_salb | COMPOUND | Sal B | -
E | s8_c | CONCENTRATION | 20 and 40 mg/kg per day | - | 20,40 mg/kg/d
E | s8_d | DURATION | 8 weeks | -
E | s8_ocn | GENE | osteocalcin | -
E | s8_glc | COMPOUND | glucose | -
R | TI | s8_stzl | s8_rats
R | TI | s8_salb | s8_rats
R | CONC | s8_salb | s8_c
R | DUR | s8_salb | s8_d
R | UP | s8_salb | s8_ocn
# s9 conclusion (protects BMSC osteogenesis = UP; through: neutral)
E | s9_salb | COMPOUND | Sal B | -
E | s9_bmsc | CELL_TYPE | BMSC | -
E | s9_glc | COMPOUND | glucose | -
E | s9_path | PATHWAY | PI3K/Akt/GSK-3β/β-catenin signaling | -
R | UP | s9_salb | s9_bmsc
