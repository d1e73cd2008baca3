# s0 title (osteoblast differentiation of MC3T3-E1: link X = MC3T3-E1 only; through the axis: neutral)
E | s0_fmn | COMPOUND | Formononetin | -
E | s0_ob | CELL_TYPE | osteoblast | -
E | s0_mc | CELL_LINE | MC3T3‑E1 | -
E | s0_axis | PATHWAY | BMP-2/Smad/Runx2 axis | -
R | UP | s0_fmn | s0_mc
# s1 background (O-methylated isoflavone: appositive descriptor; acts on: neutral)
E | s1_fmnl | COMPOUND | Formononetin | -
E | s1_fmn | COMPOUND | FMN | -
E | s1_am | ORGANISM | Astragalus membranaceus | -
E | s1_rc | ORGANISM | red clover | -
E | s1_op | CELL_TYPE | osteoprogenitors | -
# s2 purpose (whether-question: no UP; study aim: TESTED_IN to both adjacent cell names)
E | s2_fmn | COMPOUND | FMN | -
E | s2_ob | CELL_TYPE | osteoblast | -
E | s2_mc | CELL_LINE | MC3T3‑E1 | -
E | s2_pob | CELL_TYPE | preosteoblasts | -
E | s2_bmp | PATHWAY | bone morphogenetic protein 2 (BMP-2) signaling | -
R | TI | s2_fmn | s2_mc
R | TI | s2_fmn | s2_pob
# s3 methods
E | s3_mc | CELL_LINE | MC3T3‑E1 | -
E | s3_fmn | COMPOUND | FMN | -
E | s3_c | CONCENTRATION | 0.1, 1 and 10 μM | - | 0.1,1,10 umol/L
E | s3_d | DURATION | 21 days | -
R | TI | s3_fmn | s3_mc
R | CONC | s3_fmn | s3_c
R | DUR | s3_fmn | s3_d
# s4 assays (reagents: no relation; day 7 / day 21 are time points)
E | s4_cck | COMPOUND | CCK-8 | -
E | s4_alpl | GENE | alkaline phosphatase | -
E | s4_alp | GENE | ALP | -
E | s4_ars | COMPOUND | Alizarin Red S | -
# s5 markers
E | s5_runx2 | GENE | Runx2 | -
E | s5_osxl | GENE | osterix | -
E | s5_osx | GENE | Osx | -
E | s5_ocnl | GENE | osteocalcin | -
E | s5_ocn | GENE | OCN | -
E | s5_bmp2 | GENE | BMP-2 | -
E | s5_smad | GENE | Smad1/5/9 | -
# s6 inhibitors (inhibitor -> named target; noggin is a protein reagent: GENE, its amount unlinked; no system named)
E | s6_bmpr | GENE | BMP type I receptor | -
E | s6_ldn | COMPOUND | LDN-193189 | -
E | s6_c1 | CONCENTRATION | 100 nM | - | 100 nmol/L
E | s6_nog | GENE | noggin | -
E | s6_c2 | CONCENTRATION | 100 ng/mL | - | 100 ng/mL
R | DOWN | s6_ldn | s6_bmpr
R | CONC | s6_ldn | s6_c1
# s7 (effect denied: concentration only)
E | s7_fmn | COMPOUND | FMN | -
E | s7_c | CONCENTRATION | 10 μM | - | 10 umol/L
R | CONC | s7_fmn | s7_c
# s8
E | s8_fmn | COMPOUND | FMN | -
E | s8_c | CONCENTRATION | 1 and 10 μM | - | 1,10 umol/L
E | s8_alp | GENE | ALP | -
R | CONC | s8_fmn | s8_c
R | UP | s8_fmn | s8_alp
# s9 (Smad2/3 unchanged)
E | s9_fmn | COMPOUND | FMN | -
E | s9_bmp2 | GENE | BMP-2 | -
E | s9_runx2 | GENE | Runx2 | -
E | s9_osx | GENE | Osx | -
E | s9_ocn | GENE | OCN | -
E | s9_smad | GENE | Smad1/5/9 | -
E | s9_smad23 | GENE | Smad2/3 | -
R | UP | s9_fmn | s9_bmp2
R | UP | s9_fmn | s9_runx2
R | UP | s9_fmn | s9_osx
R | UP | s9_fmn | s9_ocn
R | UP | s9_fmn | s9_smad
# s10 (FMN-induced gene changes asserted; inhibitor suppresses the induced named genes: DOWN; noggin "similar effect": anaphoric, none)
E | s10_ldn | COMPOUND | LDN-193189 | -
E | s10_fmn | COMPOUND | FMN | -
E | s10_smad | GENE | Smad1/5/9 | -
E | s10_runx2 | GENE | Runx2 | -
E | s10_alp | GENE | ALP | -
E | s10_nog | GENE | noggin | -
R | UP | s10_fmn | s10_smad
R | UP | s10_fmn | s10_runx2
R | DOWN | s10_ldn | s10_smad
R | DOWN | s10_ldn | s10_runx2
R | DOWN | s10_ldn | s10_alp
# s11 conclusion (drives differentiation of MC3T3-E1; induction of Runx2; BMP-2/Smad-dependent: neutral; hedged TREATS)
E | s11_fmn | COMPOUND | FMN | -
E | s11_ob | CELL_TYPE | osteoblast | -
E | s11_mc | CELL_LINE | MC3T3‑E1 | -
E | s11_path | PATHWAY | BMP-2/Smad | -
E | s11_runx2 | GENE | Runx2 | -
E | s11_fmn2 | COMPOUND | FMN | -
E | s11_op | DISEASE | osteoporosis | -
R | UP | s11_fmn | s11_mc
R | UP | s11_fmn | s11_runx2
R | TREATS | s11_fmn2 | s11_op
