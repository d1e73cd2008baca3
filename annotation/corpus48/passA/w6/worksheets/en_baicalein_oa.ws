# title (inhibits chondrocyte ferroptosis = anti-death -> UP of the cell; slows OA progression = TREATS; maintenance of GPX4 = preventing a loss -> UP; SIRT1-dependent: neutral)
E | t_bai | COMPOUND | Baicalein | -
E | t_ch | CELL_TYPE | chondrocyte | -
E | t_oa | DISEASE | osteoarthritis | -
E | t_sirt1 | GENE | SIRT1 | -
E | t_gpx4 | GENE | GPX4 | -
R | UP | t_bai | t_ch
R | TREATS | t_bai | t_oa
R | UP | t_bai | t_gpx4
# s1 background (iron names the substance in iron-dependent; lipid peroxidation, cartilage degeneration: processes)
E | a_ch | CELL_TYPE | Chondrocyte | -
E | a_iron | COMPOUND | iron | -
E | a_oal | DISEASE | osteoarthritis | -
E | a_oa | DISEASE | OA | -
# s2 aim with a named system (tested whether X limits chondrocyte ferroptosis -> TESTED_IN; yes/no question: no UP); flavone = appositive class descriptor
E | b_bail | COMPOUND | baicalein | -
E | b_bai | COMPOUND | BAI | -
E | b_sb | ORGANISM | Scutellaria baicalensis | -
E | b_ch | CELL_TYPE | chondrocyte | -
E | b_sirt1l | GENE | sirtuin 1 | -
E | b_sirt1 | GENE | SIRT1 | -
R | TI | b_bail | b_ch
# s3 exposure (ATDC5 chondrocytes = two adjacent mentions; IL-1beta is a GENE stimulus: its amount unlinked; 24 h shared by erastin and BAI)
E | c_atdc5 | CELL_LINE | ATDC5 | -
E | c_ch | CELL_TYPE | chondrocytes | -
E | c_il1b | GENE | IL-1β | -
E | c_c1 | CONCENTRATION | 10 ng/ml | - | 10 ng/mL
E | c_era | COMPOUND | erastin | -
E | c_c2 | CONCENTRATION | 5 μM | - | 5 umol/L
E | c_d | DURATION | 24 h | -
E | c_bai | COMPOUND | BAI | -
E | c_c3 | CONCENTRATION | 5–20 μM | - | 5,20 umol/L
R | TI | c_era | c_atdc5
R | TI | c_era | c_ch
R | CONC | c_era | c_c2
R | DUR | c_era | c_d
R | TI | c_bai | c_atdc5
R | TI | c_bai | c_ch
R | CONC | c_bai | c_c3
R | DUR | c_bai | c_d
# s4 (viability of unnamed cells: none; 35-52% is a change; GSH/GSSG ratio: no relation; C11-BODIPY probe)
E | d_bai | COMPOUND | BAI | -
E | d_c | CONCENTRATION | 10–20 μM | - | 10,20 umol/L
E | d_fe | COMPOUND | Fe2+ | -
E | d_ros | COMPOUND | lipid ROS | -
E | d_c11 | COMPOUND | C11-BODIPY | -
E | d_mda | COMPOUND | malondialdehyde | -
E | d_gsh | COMPOUND | GSH | -
E | d_gssg | COMPOUND | GSSG | -
R | CONC | d_bai | d_c
R | DOWN | d_bai | d_fe
R | DOWN | d_bai | d_ros
R | DOWN | d_bai | d_mda
# s5 (reversed loss = UP; IL-1beta-induced: stimulus modifier; "comparable to ferrostatin-1": no relation)
E | e_bai | COMPOUND | BAI | -
E | e_il1b | GENE | IL-1β | -
E | e_gpx4 | GENE | GPX4 | -
E | e_slc | GENE | SLC7A11 | -
E | e_sirt1 | GENE | SIRT1 | -
E | e_acsl4 | GENE | ACSL4 | -
E | e_tfrc | GENE | TFRC | -
E | e_fer | COMPOUND | ferrostatin-1 | -
E | e_c | CONCENTRATION | 1 μM | - | 1 umol/L
R | UP | e_bai | e_gpx4
R | UP | e_bai | e_slc
R | UP | e_bai | e_sirt1
R | DOWN | e_bai | e_acsl4
R | DOWN | e_bai | e_tfrc
R | CONC | e_fer | e_c
# s6 "It" with no agent mention in the sentence: no relation (hard case 16)
E | f_mmp13 | GENE | MMP13 | -
E | f_adamts5 | GENE | ADAMTS5 | -
E | f_col2 | GENE | collagen II | -
E | f_acan | GENE | aggrecan | -
# s7 (abolished by siRNA / EX527: nothing; BAI-mediated GPX4 maintenance and the kept TFRC reduction are asserted)
E | g_sirt1 | GENE | Sirt1 | -
E | g_ex | COMPOUND | EX527 | -
E | g_c | CONCENTRATION | 10 μM | - | 10 umol/L
E | g_bai | COMPOUND | BAI | -
E | g_gpx4 | GENE | GPX4 | -
E | g_tfrc | GENE | TFRC | -
E | g_sirt1b | GENE | SIRT1 | -
E | g_iron | COMPOUND | iron | -
R | CONC | g_ex | g_c
R | UP | g_bai | g_gpx4
R | DOWN | g_bai | g_tfrc
# s8 model (age, sex outside the span; DMM procedure not annotated)
E | h_oa | DISEASE | OA | -
E | h_mice | ORGANISM | C57BL/6 mice | -
# s9 (no animal named: no TESTED_IN; positive-cell counts read as marker expression; doses in the statistics are still BAI doses)
E | i_bai | COMPOUND | BAI | -
E | i_c1 | CONCENTRATION | 20 or 40 mg/kg | - | 20,40 mg/kg
E | i_d | DURATION | 8 weeks | -
E | i_c2 | CONCENTRATION | 40 mg/kg | - | 40 mg/kg
E | i_syn | DISEASE | synovitis | -
E | i_sirt1 | GENE | SIRT1 | -
E | i_gpx4 | GENE | GPX4 | -
E | i_ch | CELL_TYPE | chondrocytes | -
E | i_c3 | CONCENTRATION | 20 mg/kg | - | 20 mg/kg
E | i_syn2 | DISEASE | synovitis | -
R | CONC | i_bai | i_c1
R | DUR | i_bai | i_d
R | CONC | i_bai | i_c2
R | TREATS | i_bai | i_syn
R | UP | i_bai | i_sirt1
R | UP | i_bai | i_gpx4
R | CONC | i_bai | i_c3
R | TREATS | i_bai | i_syn2
# s10 (EX527 blunts an effect: nothing)
E | j_ex | COMPOUND | EX527 | -
E | j_c | CONCENTRATION | 40 mg/kg | - | 40 mg/kg
E | j_bai | COMPOUND | BAI | -
R | CONC | j_bai | j_c
# s11 conclusion (via axis: neutral)
E | k_bai | COMPOUND | Baicalein | -
E | k_oa | DISEASE | OA | -
E | k_ch | CELL_TYPE | chondrocyte | -
E | k_axis | PATHWAY | SIRT1–GPX4 axis | -
R | TREATS | k_bai | k_oa
R | UP | k_bai | k_ch
