# s0 title (scaffold materials annotated; segmental bone defect = DISEASE like 骨缺损; enhancing bone regeneration in a defect model -> TREATS from the drug; no giving word: no TI)
E | t_srr | COMPOUND | Strontium ranelate | -
E | t_nha | COMPOUND | nano-hydroxyapatite | -
E | t_plga | COMPOUND | PLGA | -
E | t_rab | ORGANISM | rabbit | -
E | t_def | DISEASE | radial segmental defect | -
R | TREATS | t_srr | t_def
# s1
E | a_nu | DISEASE | Non-union | -
E | a_fx | DISEASE | fracture | -
# s2 (bone formation / resorption: processes; no cell named)
E | b_srrl | COMPOUND | Strontium ranelate | -
E | b_srr | COMPOUND | SrR | -
# s3 (wt% = applied amount of SrR in the scaffold; no system)
E | c_nha | COMPOUND | nano-hydroxyapatite | -
E | c_plgal | COMPOUND | poly(lactic-co-glycolic acid) | -
E | c_nha2 | COMPOUND | nHA | -
E | c_plga | COMPOUND | PLGA | -
E | c_c | CONCENTRATION | 0, 5 or 10 wt% | - | 0,5,10 %
E | c_srr | COMPOUND | SrR | -
R | CONC | c_srr | c_c
# s4 (release time of the ion from the scaffold = local exposure time; porosity % is a property)
E | d_sr | COMPOUND | Sr2+ | -
E | d_d | DURATION | 28 days | -
R | DUR | d_sr | d_d
# s5 (agent "Scaffold extracts" is no mention: no relation for ALP..HUVECs; VEGF rising for 10 wt% SrR -> UP from SrR)
E | e_alp | GENE | ALP | -
E | e_runx2 | GENE | Runx2 | -
E | e_ocn | GENE | OCN | -
E | e_col1 | GENE | COL1A1 | -
E | e_mc | CELL_LINE | MC3T3‑E1 | -
E | e_huvecl | CELL_TYPE | human umbilical vein endothelial cells | -
E | e_huvec | CELL_TYPE | HUVECs | -
E | e_vegf | GENE | VEGF | -
E | e_c | CONCENTRATION | 10 wt% | - | 10 %
E | e_srr | COMPOUND | SrR | -
R | UP | e_srr | e_vegf
R | CONC | e_srr | e_c
# s6 (antagonist -> named target DOWN, long form; "these effects": anaphora)
E | f_casrl | GENE | calcium-sensing receptor | -
E | f_casr | GENE | CaSR | -
E | f_nps | COMPOUND | NPS-2143 | -
E | f_c | CONCENTRATION | 1 μM | - | 1 umol/L
R | DOWN | f_nps | f_casrl
R | CONC | f_nps | f_c
# s7 (15-mm is a size; group allocation of implanted materials; SrR5/SrR10 coded group labels not annotated; follow-up times shared by the arms)
E | g_def | DISEASE | radial defect | -
E | g_rab | ORGANISM | New Zealand white rabbits | -
E | g_nha | COMPOUND | nHA | -
E | g_plga | COMPOUND | PLGA | -
E | g_d | DURATION | 4, 8 and 12 weeks | -
R | TI | g_nha | g_rab
R | TI | g_plga | g_rab
R | DUR | g_nha | g_d
R | DUR | g_plga | g_d
# s8 ("At 12 weeks" = time point; SrR10 coded; percentages are results)
E | h_nha | COMPOUND | nHA | -
E | h_plga | COMPOUND | PLGA | -
# s9 ("at 4 weeks" time point; agent = compound of the group label; CD31-positive density: marker, no relation)
E | i_vegf | GENE | VEGF | -
E | i_cd31 | GENE | CD31 | -
E | i_srr | COMPOUND | SrR | -
R | UP | i_srr | i_vegf
# s10 (calcium names the substance, 血钙)
E | j_ca | COMPOUND | calcium | -
# s11 (promotes osteogenesis in bone defects -> TREATS from the drug)
E | k_srr | COMPOUND | SrR | -
E | k_nha | COMPOUND | nHA | -
E | k_plga | COMPOUND | PLGA | -
E | k_def | DISEASE | bone defects | -
R | TREATS | k_srr | k_def
