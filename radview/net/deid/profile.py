"""What the de-identification keeps, cleans, remaps, shifts and removes.

Policy: DICOM PS3.15 Annex E basic application level confidentiality profile
with the Retain Longitudinal Temporal Information with Modified Dates and the
Clean Descriptors options, applied as an allow-list. Table E.1-1 lists what
must go; applying it as a deny-list keeps whatever the table does not name
(vendor free text, attributes newer than the table), so here an attribute
survives only if it is listed below; everything else is removed (action X),
including all private tags, overlays (60xx), curves (50xx), group lengths and
attributes unknown to pydicom's data dictionary. Kept attributes are the
research metadata: modality, geometry, anatomy, acquisition parameters.

Per value representation (from pydicom's data dictionary):
  UI  every UID is remapped with the site key (U), except UIDs of the DICOM
      registry (SOP classes, transfer syntaxes, coding schemes), which are kept;
  DA/DT shifted by the patient's offset (Modified Dates option), TM kept;
  numeric (US SS UL SL FL FD UV SV AT, valid DS/IS) kept, they carry measurements,
      except the patient characteristics in REMOVE_NUMERIC;
  PN  removed, except the two type 2 names below (Z) and PatientName (D);
  text (AE AS CS LO LT SH ST UT UC UR) and binary (OB OW OF OD UN ...) only
      when listed in KEEP / CLEAN / REMAP_IDS.
Every kept or cleaned text is finally checked against the identifying values
of the original dataset (names, IDs, institution, addresses, phone numbers,
original dates); a value containing one loses it.
"""

from __future__ import annotations

# Kept verbatim (text and code values; numeric VRs are kept anyway).
KEEP = frozenset("""
SpecificCharacterSet ImageType Modality SOPClassUID ConversionType
BodyPartExamined Laterality ImageLaterality ViewPosition PatientPosition PatientOrientation
PatientSex PatientAge
PhotometricInterpretation PresentationLUTShape RescaleType VOILUTFunction
LossyImageCompression LossyImageCompressionMethod LossyImageCompressionRatio
BurnedInAnnotation RecognizableVisualFeatures PixelIntensityRelationship
ScanningSequence SequenceVariant ScanOptions MRAcquisitionType ImagedNucleus
InPlanePhaseEncodingDirection AngioFlag PhaseContrast
ConvolutionKernel FilterType RotationDirection ExposureModulationType
FocalSpots AnodeTargetMaterial FilterMaterial DetectorType Grid
ContrastBolusRoute PartialView VolumetricProperties VolumeBasedCalculationTechnique
AcquisitionContrast PixelPresentation ComplexImageComponent FrameType
CodeValue CodingSchemeDesignator CodingSchemeVersion CodeMeaning
Manufacturer ManufacturerModelName
PatientIdentityRemoved DeidentificationMethod LongitudinalTemporalInformationModified
""".split())

# Clean Descriptors option (action C): only words of a radiology vocabulary stay.
CLEAN = frozenset("""
StudyDescription SeriesDescription ProtocolName ContrastBolusAgent
AcquisitionDeviceProcessingDescription DerivationDescription
""".split())

# Identifiers replaced by a keyed pseudonym (action D/U), recorded in the re-identification map.
REMAP_IDS = {"PatientID": "P", "AccessionNumber": "A", "StudyID": "S"}

# Numeric attributes Table E.1-1 removes (patient characteristics; the Retain Patient
# Characteristics option is not applied, except for sex and the capped age).
REMOVE_NUMERIC = frozenset({"PatientWeight", "PatientSize", "PregnancyStatus",
                            "PatientBodyMassIndex", "MeasuredAPDimension",
                            "MeasuredLateralDimension"})

# Type 2 names kept present but empty (action Z).
ZERO = frozenset({"ReferringPhysicianName", "PatientBirthDate"})

# Dates of the patient rather than of the study: removed, never shifted.
PATIENT_DATES = frozenset({"PatientBirthDate", "PatientBirthTime", "PatientDeathDateInAlternativeCalendar",
                           "PatientBirthDateInAlternativeCalendar", "LastMenstrualDate"})

# Sequences descended into (their items follow the same rules); all others are removed.
KEEP_SEQUENCES = frozenset("""
AnatomicRegionSequence AnatomicRegionModifierSequence PrimaryAnatomicStructureSequence
ViewCodeSequence ViewModifierCodeSequence
SharedFunctionalGroupsSequence PerFrameFunctionalGroupsSequence
PixelMeasuresSequence PlanePositionSequence PlaneOrientationSequence FrameContentSequence
PixelValueTransformationSequence FrameVOILUTSequence CTAcquisitionTypeSequence
CTAcquisitionDetailsSequence CTGeometrySequence CTReconstructionSequence CTExposureSequence
MRImagingModifierSequence MRTimingAndRelatedParametersSequence MREchoSequence
MRFOVGeometrySequence MRModifierSequence MRDiffusionSequence
ReferencedImageSequence SourceImageSequence DerivationCodeSequence
DeidentificationMethodCodeSequence
""".split())

# SOP classes held back unless the user confirms (pixels may show burned-in text).
HOLD_BACK_CLASSES = {
    "1.2.840.10008.5.1.4.1.1.7": "secondary capture",
    "1.2.840.10008.5.1.4.1.1.7.1": "secondary capture",
    "1.2.840.10008.5.1.4.1.1.7.2": "secondary capture",
    "1.2.840.10008.5.1.4.1.1.7.3": "secondary capture",
    "1.2.840.10008.5.1.4.1.1.7.4": "secondary capture",
    "1.2.840.10008.5.1.4.1.1.6.1": "ultrasound",
    "1.2.840.10008.5.1.4.1.1.6.2": "ultrasound",
    "1.2.840.10008.5.1.4.1.1.3.1": "ultrasound",
}

# Attributes whose values identify (collected from the original before anything is
# removed, then looked for in every value that is kept).
IDENTIFYING_TEXT = frozenset("""
PatientID OtherPatientIDs IssuerOfPatientID AccessionNumber StudyID MedicalRecordLocator
InstitutionName InstitutionAddress InstitutionalDepartmentName StationName DeviceSerialNumber
PatientAddress PatientTelephoneNumbers CountryOfResidence RegionOfResidence MilitaryRank
BranchOfService PatientInsurancePlanCodeSequence PatientReligiousPreference
PerformedStationName ScheduledStationName PerformedLocation ScheduledProcedureStepLocation
RequestedProcedureID ScheduledProcedureStepID PerformedProcedureStepID FillerOrderNumberImagingServiceRequest
PlacerOrderNumberImagingServiceRequest AdmissionID ServiceEpisodeID DetectorID
PersonTelephoneNumbers PersonAddress InstitutionCodeSequence
""".split())

# Words the Clean Descriptors option lets through (lower case).
VOCABULARY = frozenset("""
ct mr mri cr dx mg nm pt pet us xa rf ot
head brain skull neck face sinus orbit orbits chest thorax lung lungs heart cardiac
abdomen abd pelvis abdomenpelvis liver pancreas kidney kidneys renal spine cervical
thoracic lumbar sacrum knee hip shoulder elbow wrist hand foot ankle tibia femur
extremity breast mammo mammography screening bilateral left right l r lt rt bilat
ax axial sag sagittal cor coronal tra transverse oblique obl mpr mip minip vr 3d 2d
pa ap lat lateral view views cc mlo portable supine erect upright
w wo with without contrast con plain pre post iv oral arterial venous portal delayed
phase angio cta mra perfusion diffusion dwi adc trace flair t1 t2 pd pdw stir gre
se fse tse tirm swi epi ep2d dark fluid fat sat fs spgr mprage bold dti scout
localizer localiser topogram survey routine protocol study series exam examination
standard stnd std soft tissue bone lung window kernel sharp smooth thin thick
slice slices mm cm recon reconstruction reformat reformats iterative idose asir
body low dose high resolution hr ld helical spiral sequential dual energy
trauma stroke bleed haemorrhage hemorrhage tumour tumor mass metastases staging
follow up fu pe embolism fracture pain headache seizure infection screening
and of the for in on to
""".split())
