import TandemKit
