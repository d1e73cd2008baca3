# s0 title (collagen-induced arthritis: named model disease, one span; bone erosion: lesion/process; suppresses phenotype of FLS = DOWN)
E | s0_tp | COMPOUND | Triptolide | -
E | s0_cia | DISEASE | collagen-induced arthritis | -
E | s0_mice | ORGANISM | DBA/1 mice | -
E | s0_fls | CELL_TYPE | fibroblast-like synoviocytes | -
R | TREATS | s0_tp | s0_cia
R | DOWN | s0_tp | s0_fls
# s1 background (cytokines: generic; MMPs: named family)
E | s1_ral | DISEASE | rheumatoid arthritis | -
E | s1_ra | DISEASE | RA | -
E | s1_flsl | CELL_TYPE | fibroblast-like synoviocytes | -
E | s1_fls | CELL_TYPE | FLS | -
E | s1_mmpl | GENE | matrix metalloproteinases | -
E | s1_mmp | GENE | MMPs | -
E | s1_syn | DISEASE | synovitis | -
# s2 (diterpenoid triepoxide: appositive descriptor; authority "Hook. f." outside the span)
E | s2_tpl | COMPOUND | Triptolide | -
E | s2_tp | COMPOUND | TP | -
E | s2_tw | ORGANISM | Tripterygium wilfordii | -
# s3 purpose (study aim: TESTED_IN to FLS; effect on a disease: no TREATS)
E | s3_tp | COMPOUND | TP | -
E | s3_cial | DISEASE | collagen-induced arthritis | -
E | s3_cia | DISEASE | CIA | -
E | s3_ra | DISEASE | RA | -
E | s3_fls | CELL_TYPE | FLS | -
R | TI | s3_tp | s3_fls
# s4 (immunized with a protein: GENE, no TESTED_IN; bovine is a species modifier)
E | s4_mice | ORGANISM | DBA/1 mice | -
E | s4_col2 | GENE | type II collagen | -
# s5 ("they": animal not named in the sentence, no TESTED_IN; 3 weeks shared by both treated arms)
E | s5_tp | COMPOUND | TP | -
E | s5_c1 | CONCENTRATION | 8, 16 or 32 μg kg-1 day-1 | - | 8,16,32 ug/kg/d
E | s5_mtxl | COMPOUND | methotrexate | -
E | s5_mtx | COMPOUND | MTX | -
E | s5_c2 | CONCENTRATION | 0.5 mg kg-1 day-1 | - | 0.5 mg/kg/d
E | s5_d | DURATION | 3 weeks | -
R | CONC | s5_tp | s5_c1
R | CONC | s5_mtxl | s5_c2
R | DUR | s5_tp | s5_d
R | DUR | s5_mtxl | s5_d
# s6 measurements (disease name inside "Arthritis score")
E | s6_art | DISEASE | Arthritis | -
# s7 (TNF-α protein stimulus: concentration unlinked)
E | s7_ra | DISEASE | RA | -
E | s7_fls | CELL_TYPE | FLS | -
E | s7_tnf | GENE | TNF-α | -
E | s7_c1 | CONCENTRATION | 10 ng/mL | - | 10 ng/mL
E | s7_tp | COMPOUND | TP | -
E | s7_c2 | CONCENTRATION | 2.5, 5 and 10 nM | - | 2.5,5,10 nmol/L
R | TI | s7_tp | s7_fls
R | CONC | s7_tp | s7_c2
# s8 results (reduced arthritis score = alleviates arthritis; 8 μg dose -> nearest preceding TP, effect denied)
E | s8_tp | COMPOUND | TP | -
E | s8_c1 | CONCENTRATION | 16 and 32 μg kg-1 day-1 | - | 16,32 ug/kg/d
E | s8_art | DISEASE | arthritis | -
E | s8_cia | DISEASE | CIA | -
E | s8_tnf | GENE | TNF-α | -
E | s8_il6 | GENE | IL-6 | -
E | s8_il1b | GENE | IL-1β | -
E | s8_c2 | CONCENTRATION | 8 μg kg-1 day-1 | - | 8 ug/kg/d
R | CONC | s8_tp | s8_c1
R | TREATS | s8_tp | s8_art
R | DOWN | s8_tp | s8_tnf
R | DOWN | s8_tp | s8_il6
R | DOWN | s8_tp | s8_il1b
R | CONC | s8_tp | s8_c2
# s9 (no agent in the sentence; ratio: no relation)
E | s9_trap | GENE | TRAP | -
E | s9_oc | CELL_TYPE | osteoclasts | -
E | s9_rankl | GENE | RANKL | -
E | s9_opg | GENE | OPG | -
# s10 negated (collagen II inside anti-collagen II; IgG named immunoglobulin)
E | s10_col2 | GENE | collagen II | -
E | s10_igg | GENE | IgG | -
# s11 FLS results (TNF-α-induced: model modifier; reduced migration/invasion of FLS = DOWN; "In FLS": no giving word; inhibitor -> NF-κB; ≤ 10 nM -> TP)
E | s11_fls | CELL_TYPE | FLS | -
E | s11_tp | COMPOUND | TP | -
E | s11_tnf | GENE | TNF-α | -
E | s11_il6 | GENE | IL-6 | -
E | s11_il8 | GENE | IL-8 | -
E | s11_mmp1 | GENE | MMP-1 | -
E | s11_mmp3 | GENE | MMP-3 | -
E | s11_ikba | GENE | IκBα | -
E | s11_p65 | GENE | p65 | -
E | s11_nfkb | GENE | NF-κB | -
E | s11_bay | COMPOUND | BAY 11-7082 | -
E | s11_c1 | CONCENTRATION | 5 μM | - | 5 umol/L
E | s11_c2 | CONCENTRATION | 10 nM | - | 10 nmol/L
R | DOWN | s11_tp | s11_il6
R | DOWN | s11_tp | s11_il8
R | DOWN | s11_tp | s11_mmp1
R | DOWN | s11_tp | s11_mmp3
R | DOWN | s11_tp | s11_fls
R | DOWN | s11_tp | s11_ikba
R | DOWN | s11_tp | s11_p65
R | DOWN | s11_bay | s11_nfkb
R | CONC | s11_bay | s11_c1
R | CONC | s11_tp | s11_c2
# s12 conclusion (relieves bone erosion in CIA = TREATS; suppressing activation of FLS = DOWN; NF-κB-dependent: neutral)
E | s12_tp | COMPOUND | TP | -
E | s12_cia | DISEASE | CIA | -
E | s12_nfkb | GENE | NF-κB | -
E | s12_fls | CELL_TYPE | FLS | -
R | TREATS | s12_tp | s12_cia
R | DOWN | s12_tp | s12_fls
