# s0 title (scaffold materials = COMPOUND; bone regeneration in a defect = TREATS, for the drug; "in a rabbit": no giving word)
E | s0_srr | COMPOUND | Strontium ranelate | -
E | s0_nha | COMPOUND | nano-hydroxyapatite | -
E | s0_plga | COMPOUND | PLGA | -
E | s0_rab | ORGANISM | rabbit | -
E | s0_def | DISEASE | radial segmental defect | -
R | TREATS | s0_srr | s0_def
# s1 background
E | s1_nu | DISEASE | Non-union | -
E | s1_fx | DISEASE | fracture | -
# s2 (bone formation / resorption: processes)
E | s2_srrl | COMPOUND | Strontium ranelate | -
E | s2_srr | COMPOUND | SrR | -
# s3 fabrication (wt% = applied amount of SrR; no system)
E | s3_nha | COMPOUND | nano-hydroxyapatite | -
E | s3_plgal | COMPOUND | poly(lactic-co-glycolic acid) | -
E | s3_nha2 | COMPOUND | nHA | -
E | s3_plga2 | COMPOUND | PLGA | -
E | s3_c | CONCENTRATION | 0, 5 or 10 wt% | - | 0,5,10 %
E | s3_srr | COMPOUND | SrR | -
R | CONC | s3_srr | s3_c
# s4 release (28 days is a release time, not an exposure: unlinked; porosity % not a concentration)
E | s4_sr | COMPOUND | Sr2+ | -
E | s4_d | DURATION | 28 days | -
# s5 (agent "Scaffold extracts" is no mention; VEGF rise attributed to 10 wt% SrR)
E | s5_alp | GENE | ALP | -
E | s5_runx2 | GENE | Runx2 | -
E | s5_ocn | GENE | OCN | -
E | s5_col1 | GENE | COL1A1 | -
E | s5_mc | CELL_LINE | MC3T3‑E1 | -
E | s5_huvecl | CELL_TYPE | human umbilical vein endothelial cells | -
E | s5_huvec | CELL_TYPE | HUVECs | -
E | s5_vegf | GENE | VEGF | -
E | s5_c | CONCENTRATION | 10 wt% | - | 10 %
E | s5_srr | COMPOUND | SrR | -
R | UP | s5_srr | s5_vegf
R | CONC | s5_srr | s5_c
# s6 (antagonist -> receptor, long form; "these effects": anaphoric)
E | s6_casrl | GENE | calcium-sensing receptor | -
E | s6_casr | GENE | CaSR | -
E | s6_nps | COMPOUND | NPS-2143 | -
E | s6_c | CONCENTRATION | 1 μM | - | 1 umol/L
R | DOWN | s6_nps | s6_casrl
R | CONC | s6_nps | s6_c
# s7 in vivo (group allocation of implanted materials; SrR5/SrR10: coded labels; follow-up = implant exposure, one link per compound)
E | s7_def | DISEASE | radial defect | -
E | s7_rab | ORGANISM | New Zealand white rabbits | -
E | s7_nha | COMPOUND | nHA | -
E | s7_plga | COMPOUND | PLGA | -
E | s7_d | DURATION | 4, 8 and 12 weeks | -
R | TI | s7_nha | s7_rab
R | TI | s7_plga | s7_rab
R | DUR | s7_nha | s7_d
R | DUR | s7_plga | s7_d
# s8 ("At 12 weeks": time point; SrR10 coded label)
E | s8_nha | COMPOUND | nHA | -
E | s8_plga | COMPOUND | PLGA | -
# s9 ("at 4 weeks": time point; SrR inside group label; CD31-positive density: marker, no relation)
E | s9_vegf | GENE | VEGF | -
E | s9_cd31 | GENE | CD31 | -
E | s9_srr | COMPOUND | SrR | -
R | UP | s9_srr | s9_vegf
# s10 negated
E | s10_ca | COMPOUND | calcium | -
# s11 conclusion
E | s11_srr | COMPOUND | SrR | -
E | s11_nha | COMPOUND | nHA | -
E | s11_plga | COMPOUND | PLGA | -
E | s11_def | DISEASE | bone defects | -
R | TREATS | s11_srr | s11_def
